package org.akhbar.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;

/**
 * A job's own virtual thread that does one step of work every {@code interval}, or at once when
 * {@link #wakeUp woken}, until stopped. A step that fails is logged and the loop goes on: the next
 * step tries again. Stopping does not interrupt (that would cut a query off mid-flight): the loop
 * sees it is no longer the current one at its next turn, which stopping brings forward, and long
 * steps ask {@link #stopping()} between pieces of work.
 *
 * <p>Used by the change log follower, the search index feeder and the webhook sender.
 */
public final class BackgroundLoop {

    /** A piece of the loop's work. */
    @FunctionalInterface
    public interface Step {
        void run() throws InterruptedException;
    }

    private final String name;
    private final Duration interval;
    private final Logger log;
    private final String failure;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread thread;

    /** {@code failure}: what the log says when a step throws, e.g. "Sending webhooks failed; retrying". */
    public BackgroundLoop(String name, Duration interval, Logger log, String failure) {
        this.name = name;
        this.interval = interval;
        this.log = log;
        this.failure = failure;
    }

    /** Starts the thread: {@code first} once, then {@code step} after every wake-up or interval. */
    public synchronized void start(Step first, Step step) {
        // Assigned before it starts: the loop runs only while it is the current thread.
        Thread loop = Thread.ofVirtual().name(name).unstarted(() -> run(first, step));
        thread = loop;
        loop.start();
    }

    /** Starts the thread: {@code step} after every wake-up or interval. */
    public void start(Step step) {
        start(() -> { }, step);
    }

    private void run(Step first, Step step) {
        try {
            guarded(first);
            while (!stopping()) {
                wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (stopping()) {
                    return;
                }
                guarded(step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void guarded(Step step) throws InterruptedException {
        try {
            step.run();
        } catch (RuntimeException e) {
            if (!stopping()) {
                log.warn(failure, e);
            }
        }
    }

    /** Runs the next step now rather than after the interval. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Whether the calling thread should stop: it is not (or no longer) this loop's thread. */
    public boolean stopping() {
        return thread != Thread.currentThread();
    }

    /** Asks the loop to stop and waits up to {@code patience} for its step to end. */
    public void stop(Duration patience) {
        Thread running = thread;
        thread = null;
        if (running != null) {
            wakeUps.release();
            try {
                running.join(patience);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return thread != null;
    }
}
