package org.akhbar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests run on virtual threads, which share a few carrier threads (one per core). A transaction
 * that waits for something mid-way leaves its carrier; the transactions queued behind it must not
 * hold every carrier while they wait, or it never gets one back to finish (on SQLite, whose every
 * transaction takes the write lock, a wait inside the driver would hold the carrier until the
 * 30-second busy timeout, and fail).
 */
@DatabaseTest
class ConcurrentTransactionsIntegrationTests {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    @Test
    void transactionsQueuedBehindOneThatWaitsAllFinish() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        int count = 4 * Runtime.getRuntime().availableProcessors() + 4;
        List<Future<Integer>> done = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                done.add(threads.submit(() -> transaction.execute(status -> {
                    int one = db.selectOne().fetchOne(0, Integer.class);
                    try {
                        Thread.sleep(20);   // leaves the carrier, as a wait for I/O or a lock would
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return one;
                })));
            }
            for (Future<Integer> each : done) {
                assertThat(each.get()).isEqualTo(1);
            }
        }
    }
}
