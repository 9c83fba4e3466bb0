package org.akhbar.platform;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named locks held by the database until the caller's transaction ends, so that work which must
 * happen once (publishing what is due, creating the first administrator) happens once even with
 * several nodes on one PostgreSQL.
 *
 * <p>On PostgreSQL these are transaction-level advisory locks. On SQLite every transaction takes
 * the database's write lock when it begins ({@code transaction_mode=IMMEDIATE}), so writers are
 * serialised already and there is nothing more to take.
 */
@Component
public class DatabaseLocks {

    private final DSLContext db;

    DatabaseLocks(DSLContext db) {
        this.db = db;
    }

    /** Waits for the lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String name) {
        if (postgres()) {
            db.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(key(name)))).fetch();
        }
    }

    /** Takes the lock if nobody holds it; false if another transaction does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryLock(String name) {
        if (!postgres()) {
            return true;
        }
        return Boolean.TRUE.equals(db.select(DSL.function("pg_try_advisory_xact_lock", Boolean.class,
                DSL.val(key(name)))).fetchOne().value1());
    }

    private boolean postgres() {
        return db.dialect().family() == SQLDialect.POSTGRES;
    }

    /** A stable 64-bit key for the name, the same on every node. */
    static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return 0x416b6862_00000000L | crc.getValue();
    }
}
