package org.akhbar.api;

import static org.akhbar.schema.Tables.AUTHOR;
import static org.akhbar.schema.Tables.TAG;

import java.util.List;

import org.akhbar.people.Author;
import org.akhbar.taxonomy.Tag;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The API's whole lists of tags and authors, a page at a time in id order (keyset: the next page
 * starts after the last id). The site itself never lists them all, so these queries live here.
 */
@Repository
public class CatalogRepository {

    private final DSLContext db;

    CatalogRepository(DSLContext db) {
        this.db = db;
    }

    public List<Tag> tagsAfter(long afterId, int limit) {
        return db.select(TAG.ID, TAG.SLUG, TAG.NAME).from(TAG).where(TAG.ID.gt(afterId)).orderBy(TAG.ID).limit(limit)
                .fetch(r -> new Tag(r.value1(), r.value2(), r.value3()));
    }

    public List<Author> authorsAfter(long afterId, int limit) {
        return db.select(AUTHOR.ID, AUTHOR.SLUG, AUTHOR.NAME, AUTHOR.BIO).from(AUTHOR).where(AUTHOR.ID.gt(afterId))
                .orderBy(AUTHOR.ID).limit(limit)
                .fetch(r -> new Author(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
