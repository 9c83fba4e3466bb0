package org.akhbar.platform;

import static org.akhbar.schema.Tables.CHANGE_LOG;

import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When content last changed, as this node knows it: the honest {@code Last-Modified} of a page
 * that shows many articles, since nothing on it can be newer.
 */
@Component
public class LastChange {

    private final DSLContext db;
    private volatile Instant at;
    private volatile boolean loaded;

    LastChange(DSLContext db) {
        this.db = db;
    }

    /** The last change's time, or null on a site where nothing was ever written. */
    public Instant at() {
        if (!loaded) {
            advance(db.select(DSL.max(CHANGE_LOG.CHANGED_AT)).from(CHANGE_LOG)
                    .where(CHANGE_LOG.ACTION.ne(Change.STAFF_ONLY)).fetchOne().value1());
            loaded = true;
        }
        return at;
    }

    @EventListener
    void on(ContentChanged changed) {
        changed.changes().stream().filter(Change::seenByReaders).forEach(c -> advance(c.changedAt()));
    }

    /** Content changed at this time without a change of its own: a scheduled article came out. */
    public synchronized void advance(Instant candidate) {
        if (candidate != null && (at == null || candidate.isAfter(at))) {
            at = candidate;
        }
    }
}
