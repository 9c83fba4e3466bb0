package org.akhbar.article;

import static org.akhbar.schema.Tables.ARTICLE_PREVIEW;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about preview links. Only hashes of their tokens are stored. */
@Repository
class PreviewRepository {

    private final DSLContext db;

    PreviewRepository(DSLContext db) {
        this.db = db;
    }

    void insert(String tokenHash, long articleId, long createdBy, Instant now, Instant expiresAt) {
        db.insertInto(ARTICLE_PREVIEW)
                .set(ARTICLE_PREVIEW.TOKEN_HASH, tokenHash)
                .set(ARTICLE_PREVIEW.ARTICLE_ID, articleId)
                .set(ARTICLE_PREVIEW.CREATED_BY, createdBy)
                .set(ARTICLE_PREVIEW.CREATED_AT, now)
                .set(ARTICLE_PREVIEW.EXPIRES_AT, expiresAt)
                .execute();
        db.deleteFrom(ARTICLE_PREVIEW).where(ARTICLE_PREVIEW.EXPIRES_AT.lt(now)).execute();
    }

    /** The article a token previews, if the token exists and has not expired. */
    Optional<Long> findArticle(String tokenHash, Instant now) {
        return db.select(ARTICLE_PREVIEW.ARTICLE_ID).from(ARTICLE_PREVIEW)
                .where(ARTICLE_PREVIEW.TOKEN_HASH.eq(tokenHash).and(ARTICLE_PREVIEW.EXPIRES_AT.gt(now)))
                .fetchOptional(ARTICLE_PREVIEW.ARTICLE_ID);
    }
}
