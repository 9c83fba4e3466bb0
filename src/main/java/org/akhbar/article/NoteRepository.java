package org.akhbar.article;

import static org.akhbar.schema.Tables.ARTICLE_NOTE;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about correction and update notes. */
@Repository
public class NoteRepository {

    private final DSLContext db;

    NoteRepository(DSLContext db) {
        this.db = db;
    }

    /** The article's notes, oldest first, as they read under the story. */
    public List<ArticleNote> findByArticle(long articleId) {
        return db.selectFrom(ARTICLE_NOTE)
                .where(ARTICLE_NOTE.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_NOTE.CREATED_AT, ARTICLE_NOTE.ID)
                .fetch(r -> new ArticleNote(r.getId(), r.getArticleId(), NoteKind.parse(r.getKind()).orElseThrow(),
                        r.getBody(), r.getCreatedAt()));
    }

    void insert(long articleId, NoteKind kind, String body, long createdBy, Instant now) {
        db.insertInto(ARTICLE_NOTE)
                .set(ARTICLE_NOTE.ARTICLE_ID, articleId)
                .set(ARTICLE_NOTE.KIND, kind.code())
                .set(ARTICLE_NOTE.BODY, body)
                .set(ARTICLE_NOTE.CREATED_BY, createdBy)
                .set(ARTICLE_NOTE.CREATED_AT, now)
                .execute();
    }
}
