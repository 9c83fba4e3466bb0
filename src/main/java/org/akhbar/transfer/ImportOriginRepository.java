package org.akhbar.transfer;

import static org.akhbar.schema.Tables.IMPORT_ORIGIN;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * All SQL about what an import made from another system's items (attachments, authors, terms),
 * so that running it again finds them instead of making them twice. Articles keep theirs in their
 * own {@code external_id}.
 */
@Repository
class ImportOriginRepository {

    private final DSLContext db;

    ImportOriginRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Long> find(String origin, String kind, String originId) {
        return db.select(IMPORT_ORIGIN.ENTITY_ID).from(IMPORT_ORIGIN)
                .where(IMPORT_ORIGIN.ORIGIN.eq(origin).and(IMPORT_ORIGIN.KIND.eq(kind)).and(IMPORT_ORIGIN.ORIGIN_ID.eq(originId)))
                .fetchOptional(IMPORT_ORIGIN.ENTITY_ID);
    }

    void remember(String origin, String kind, String originId, long entityId, Instant now) {
        db.insertInto(IMPORT_ORIGIN, IMPORT_ORIGIN.ORIGIN, IMPORT_ORIGIN.KIND, IMPORT_ORIGIN.ORIGIN_ID,
                        IMPORT_ORIGIN.ENTITY_ID, IMPORT_ORIGIN.CREATED_AT)
                .values(origin, kind, originId, entityId, now)
                .onConflict(IMPORT_ORIGIN.ORIGIN, IMPORT_ORIGIN.KIND, IMPORT_ORIGIN.ORIGIN_ID).doUpdate()
                .set(IMPORT_ORIGIN.ENTITY_ID, entityId)
                .execute();
    }

    /** Everything of one kind this origin made: entity id by origin id. */
    Map<String, Long> findAll(String origin, String kind) {
        return db.select(IMPORT_ORIGIN.ORIGIN_ID, IMPORT_ORIGIN.ENTITY_ID).from(IMPORT_ORIGIN)
                .where(IMPORT_ORIGIN.ORIGIN.eq(origin).and(IMPORT_ORIGIN.KIND.eq(kind)))
                .fetchMap(IMPORT_ORIGIN.ORIGIN_ID, IMPORT_ORIGIN.ENTITY_ID);
    }

    /** {@link #remember}s many of one kind, as one batch of one prepared statement. */
    void rememberAll(String origin, String kind, Map<String, Long> entityIdByOriginId, Instant now) {
        if (entityIdByOriginId.isEmpty()) {
            return;
        }
        BatchBindStep remember = db.batch(db.insertInto(IMPORT_ORIGIN, IMPORT_ORIGIN.ORIGIN, IMPORT_ORIGIN.KIND,
                        IMPORT_ORIGIN.ORIGIN_ID, IMPORT_ORIGIN.ENTITY_ID, IMPORT_ORIGIN.CREATED_AT)
                .values((String) null, null, null, null, null)
                .onConflict(IMPORT_ORIGIN.ORIGIN, IMPORT_ORIGIN.KIND, IMPORT_ORIGIN.ORIGIN_ID).doUpdate()
                .set(IMPORT_ORIGIN.ENTITY_ID, DSL.excluded(IMPORT_ORIGIN.ENTITY_ID)));
        for (Map.Entry<String, Long> entry : entityIdByOriginId.entrySet()) {
            remember = remember.bind(origin, kind, entry.getKey(), entry.getValue(), now);
        }
        remember.execute();
    }
}
