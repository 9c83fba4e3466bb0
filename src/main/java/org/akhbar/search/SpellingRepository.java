package org.akhbar.search;

import static org.akhbar.schema.Tables.SPELLING_EQUIVALENCE;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The site's lines of equivalent spellings, in the order the newsroom wrote them. */
@Repository
class SpellingRepository {

    private final DSLContext db;

    SpellingRepository(DSLContext db) {
        this.db = db;
    }

    List<String> lines() {
        return db.select(SPELLING_EQUIVALENCE.SPELLINGS).from(SPELLING_EQUIVALENCE)
                .orderBy(SPELLING_EQUIVALENCE.POSITION, SPELLING_EQUIVALENCE.ID)
                .fetch(SPELLING_EQUIVALENCE.SPELLINGS);
    }

    /** Replaces every line (the caller holds the transaction). */
    void replace(List<String> lines, Instant now) {
        db.deleteFrom(SPELLING_EQUIVALENCE).execute();
        if (lines.isEmpty()) {
            return;
        }
        var insert = db.insertInto(SPELLING_EQUIVALENCE, SPELLING_EQUIVALENCE.POSITION, SPELLING_EQUIVALENCE.SPELLINGS,
                SPELLING_EQUIVALENCE.UPDATED_AT);
        for (int i = 0; i < lines.size(); i++) {
            insert = insert.values(i + 1, lines.get(i), now);
        }
        insert.execute();
    }
}
