package org.akhbar.platform;

import static org.akhbar.schema.Tables.CHANGE_LOG;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the change log inside the writer's transaction, so a change is logged if and only if
 * it is committed. Followers on every node (see {@link ChangeLogFollower}) turn it into
 * {@link ContentChanged} events.
 */
@Component
public class ChangeLog {

    private final DSLContext db;
    private final Clock clock;
    private final ObjectProvider<ChangeLogFollower> follower;

    ChangeLog(DSLContext db, Clock clock, ObjectProvider<ChangeLogFollower> follower) {
        this.db = db;
        this.clock = clock;
        this.follower = follower;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String entity, long entityId, String action) {
        long id = db.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.ENTITY, entity)
                .set(CHANGE_LOG.ENTITY_ID, entityId)
                .set(CHANGE_LOG.ACTION, action)
                .set(CHANGE_LOG.CHANGED_AT, clock.instant())
                .returning(CHANGE_LOG.ID)
                .fetchOne()
                .getId();
        // Read your own writes: the writer returns once this node's caches have seen the change.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    follower.ifAvailable(f -> f.catchUpTo(id));
                }
            }
        });
    }
}
