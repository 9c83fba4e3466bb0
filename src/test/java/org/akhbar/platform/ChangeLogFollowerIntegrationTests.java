package org.akhbar.platform;

import static org.akhbar.schema.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class ChangeLogFollowerIntegrationTests {

    @Autowired
    DSLContext db;

    @Autowired
    Received received;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    ChangeLogFollower follower;

    @Autowired
    TransactionTemplate transactions;

    @TestConfiguration
    static class Listening {
        @Bean
        Received received() {
            return new Received();
        }
    }

    /** Every change this node was told about. */
    static class Received {
        final List<Change> changes = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ContentChanged changed) {
            changes.addAll(changed.changes());
        }

        boolean has(long id) {
            return changes.stream().anyMatch(c -> c.id() == id);
        }
    }

    /** Two ids no one else will use, in order. */
    private long[] reserveTwoIds() {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            var next = DSL.field("nextval(pg_get_serial_sequence('change_log', 'id'))", Long.class);
            long first = db.fetchValue(next);
            long second = db.fetchValue(next);
            return new long[] {first, second};
        }
        Long max = db.select(DSL.max(CHANGE_LOG.ID)).from(CHANGE_LOG).fetchOne(0, Long.class);
        long last = max == null ? 0 : max;
        return new long[] {last + 1, last + 2};
    }

    private void commitChange(long id, String entity) {
        db.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.ID, id)
                .set(CHANGE_LOG.ENTITY, entity)
                .set(CHANGE_LOG.ENTITY_ID, 1L)
                .set(CHANGE_LOG.ACTION, "updated")
                .set(CHANGE_LOG.CHANGED_AT, Instant.now())
                .execute();
    }

    @Test
    void aChangeCommittedElsewhereReachesThisNode() {
        long[] ids = reserveTwoIds();
        commitChange(ids[0], "article");
        await().atMost(Duration.ofSeconds(5)).until(() -> received.has(ids[0]));
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsNotLost() {
        // Another node took the smaller id first but committed last: the follower has already
        // moved past it and must still deliver it.
        long[] ids = reserveTwoIds();
        commitChange(ids[1], "section");
        await().atMost(Duration.ofSeconds(5)).until(() -> received.has(ids[1]));

        commitChange(ids[0], "tag");
        await().atMost(Duration.ofSeconds(5)).until(() -> received.has(ids[0]));
        assertThat(received.changes.stream().filter(c -> c.id() == ids[0])).hasSize(1);
    }

    @Test
    void aChangeMadeOnThisNodeIsAnnouncedAtCommitAndOnlyOnce() {
        transactions.executeWithoutResult(status -> changeLog.append("article", 42, "updated"));
        Change mine = received.changes.getLast();
        assertThat(mine.entity()).isEqualTo("article");
        assertThat(mine.entityId()).isEqualTo(42);
        follower.poll();   // the follower reads it from the table too, and keeps quiet about it
        assertThat(received.changes.stream().filter(c -> c.id() == mine.id())).hasSize(1);

        transactions.executeWithoutResult(status -> {
            changeLog.append("article", 43, "updated");
            status.setRollbackOnly();
        });
        assertThat(received.changes.stream().filter(c -> c.entityId() == 43)).isEmpty();
    }
}
