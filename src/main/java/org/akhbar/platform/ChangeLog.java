package org.akhbar.platform;

import static org.akhbar.schema.Tables.CHANGE_LOG;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Appends to the change log inside the writer's transaction, so a change is logged if and only if
 * it is committed. Followers on every node (see {@link ChangeLogFollower}) turn it into
 * {@link ContentChanged} events. The writer's own node hears of its changes at once, when the
 * transaction commits, so the writer reads its own write here without waiting for a poll; the
 * follower is told, and does not announce them a second time. Work that must be written with the
 * change itself listens to {@link ChangeRecorded}, published inside the transaction.
 */
@Component
public class ChangeLog {

    private final DSLContext db;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ChangeLogFollower> follower;

    ChangeLog(DSLContext db, Clock clock, ApplicationEventPublisher events, ObjectProvider<ChangeLogFollower> follower) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.follower = follower;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String entity, long entityId, String action) {
        Instant now = clock.instant();
        long id = db.insertInto(CHANGE_LOG)
                .set(CHANGE_LOG.ENTITY, entity)
                .set(CHANGE_LOG.ENTITY_ID, entityId)
                .set(CHANGE_LOG.ACTION, action)
                .set(CHANGE_LOG.CHANGED_AT, now)
                .returning(CHANGE_LOG.ID)
                .fetchOne()
                .getId();
        Change change = new Change(id, entity, entityId, action, now);
        committed().add(change);
        events.publishEvent(new ChangeRecorded(change));
    }

    /** One change to append, as {@link #append} takes it. */
    public record Entry(String entity, long entityId, String action) {
    }

    /** Rows per statement: well under SQLite's limit of bound values. */
    private static final int ROWS_PER_INSERT = 1000;

    /**
     * Appends many changes at once, in this order, with one insert per thousand: what a bulk write
     * (an import) logs. Each is announced as {@link #append} would: a {@link ChangeRecorded} for
     * each, inside the transaction, and all of them in the {@link ContentChanged} of the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Entry> all = List.copyOf(entries);
        List<Change> appended = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            List<Entry> part = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
            var insert = db.insertInto(CHANGE_LOG, CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.ACTION,
                    CHANGE_LOG.CHANGED_AT);
            for (Entry entry : part) {
                insert = insert.values(entry.entity(), entry.entityId(), entry.action(), now);
            }
            // SQLite and PostgreSQL both answer RETURNING for many rows (jOOQ's SQLite dialect would give
            // only the last id); each row says what it holds, so nothing depends on the order they come in.
            List<Change> rows = db.resultQuery("{0} returning {1}, {2}, {3}, {4}", insert, DSL.name(CHANGE_LOG.ID.getName()),
                    DSL.name(CHANGE_LOG.ENTITY.getName()), DSL.name(CHANGE_LOG.ENTITY_ID.getName()),
                    DSL.name(CHANGE_LOG.ACTION.getName()))
                    .fetch(r -> new Change(r.get(0, Long.class), r.get(1, String.class), r.get(2, Long.class),
                            r.get(3, String.class), now));
            if (rows.size() != part.size()) {
                throw new IllegalStateException("The change log took " + rows.size() + " of " + part.size() + " rows");
            }
            appended.addAll(rows);
        }
        appended.sort(Comparator.comparingLong(Change::id));
        List<Change> changes = committed();
        for (Change change : appended) {
            changes.add(change);
            events.publishEvent(new ChangeRecorded(change));
        }
    }

    /** This transaction's changes, announced on this node once it commits. */
    private List<Change> committed() {
        return PerTransaction.get(this, ArrayList::new, (changes, status) -> {
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                follower.ifAvailable(f -> f.announcedHere(changes.stream().map(Change::id).toList()));
                events.publishEvent(new ContentChanged(List.copyOf(changes)));
            }
        });
    }
}
