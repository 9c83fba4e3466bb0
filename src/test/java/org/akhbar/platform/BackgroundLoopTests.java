package org.akhbar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BackgroundLoopTests {

    private final BackgroundLoop loop = new BackgroundLoop("test-loop", Duration.ofHours(1),
            LoggerFactory.getLogger(BackgroundLoopTests.class), "A step failed");

    @Test
    void runsTheFirstStepThenAStepAtEveryWakeUp() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch steps = new CountDownLatch(2);
        loop.start(first::countDown, steps::countDown);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        loop.wakeUp();
        Thread.sleep(50);
        loop.wakeUp();
        assertThat(steps.await(5, TimeUnit.SECONDS)).as("woken twice, long before the hour").isTrue();
        loop.stop(Duration.ofSeconds(5));
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void aFailingStepDoesNotEndTheLoop() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        loop.start(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
            second.countDown();
        });
        loop.wakeUp();
        Thread.sleep(50);
        loop.wakeUp();
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        loop.stop(Duration.ofSeconds(5));
    }

    @Test
    void aLongStepSeesThatItIsToStop() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        loop.start(() -> {
            started.countDown();
            while (!loop.stopping()) {
                Thread.onSpinWait();
            }
            ended.countDown();
        }, () -> { });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        loop.stop(Duration.ofSeconds(5));
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
