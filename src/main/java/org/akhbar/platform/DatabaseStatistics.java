package org.akhbar.platform;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.springframework.stereotype.Component;

/**
 * Refreshes the query planner's statistics after a bulk load. On PostgreSQL a freshly imported
 * table has none until autovacuum comes by (never, where it is off), and the planner then walks
 * whole tables for queries an index answers in a fraction of a millisecond.
 */
@Component
public class DatabaseStatistics {

    private final DSLContext db;

    DatabaseStatistics(DSLContext db) {
        this.db = db;
    }

    public void refresh() {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.execute("analyze");
        } else {
            db.execute("pragma optimize");
        }
    }
}
