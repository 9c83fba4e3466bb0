package org.akhbar.transfer;

import static org.akhbar.schema.Tables.REDIRECT;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL about old addresses: where each now lives. Keys are {@link OldAddresses} keys. */
@Repository
public class RedirectRepository {

    private final DSLContext db;

    RedirectRepository(DSLContext db) {
        this.db = db;
    }

    /** The path an old address now answers with, percent-encoded. */
    public Optional<String> findTarget(String oldPath) {
        return db.select(REDIRECT.TARGET_PATH).from(REDIRECT).where(REDIRECT.OLD_PATH.eq(oldPath))
                .fetchOptional(REDIRECT.TARGET_PATH);
    }

    /** Points an old address at a path, replacing where it pointed before (a re-run may move it). */
    void put(String oldPath, String targetPath, Instant now) {
        db.insertInto(REDIRECT, REDIRECT.OLD_PATH, REDIRECT.TARGET_PATH, REDIRECT.CREATED_AT)
                .values(oldPath, targetPath, now)
                .onConflict(REDIRECT.OLD_PATH).doUpdate()
                .set(REDIRECT.TARGET_PATH, targetPath)
                .where(REDIRECT.TARGET_PATH.ne(targetPath))
                .execute();
    }

    /** Points many old addresses at their paths, as {@link #put} does, as one batch of one prepared statement. */
    void putAll(Map<String, String> targetByOldPath, Instant now) {
        if (targetByOldPath.isEmpty()) {
            return;
        }
        BatchBindStep put = db.batch(db.insertInto(REDIRECT, REDIRECT.OLD_PATH, REDIRECT.TARGET_PATH, REDIRECT.CREATED_AT)
                .values((String) null, null, null)
                .onConflict(REDIRECT.OLD_PATH).doUpdate()
                .set(REDIRECT.TARGET_PATH, DSL.excluded(REDIRECT.TARGET_PATH))
                .where(REDIRECT.TARGET_PATH.ne(DSL.excluded(REDIRECT.TARGET_PATH))));
        for (Map.Entry<String, String> entry : targetByOldPath.entrySet()) {
            put = put.bind(entry.getKey(), entry.getValue(), now);
        }
        put.execute();
    }

    long count() {
        return db.fetchCount(REDIRECT);
    }
}
