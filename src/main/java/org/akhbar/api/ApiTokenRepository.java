package org.akhbar.api;

import static org.akhbar.schema.Tables.ACCOUNT;
import static org.akhbar.schema.Tables.API_TOKEN;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** All SQL about API tokens. Only SHA-256 hashes of the tokens are stored. */
@Repository
class ApiTokenRepository {

    private final DSLContext db;

    ApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    long insert(String name, String tokenHash, String prefix, Set<Scope> scopes, long accountId, int rateLimit,
            long createdBy, Instant now) {
        return db.insertInto(API_TOKEN)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.PREFIX, prefix)
                .set(API_TOKEN.SCOPES, Scope.format(scopes))
                .set(API_TOKEN.ACCOUNT_ID, accountId)
                .set(API_TOKEN.RATE_LIMIT, rateLimit)
                .set(API_TOKEN.CREATED_BY, createdBy)
                .set(API_TOKEN.CREATED_AT, now)
                .returning(API_TOKEN.ID)
                .fetchOne()
                .getId();
    }

    /** Every token, the newest first, revoked ones included (the newsroom shows their history). */
    List<ApiToken> findAll() {
        return db.select(API_TOKEN.fields()).select(ACCOUNT.DISPLAY_NAME)
                .from(API_TOKEN).join(ACCOUNT).on(ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
                .orderBy(API_TOKEN.ID.desc())
                .fetch(ApiTokenRepository::toToken);
    }

    /** The token with this hash, if it has not been revoked. */
    Optional<ApiToken> findActiveByHash(String tokenHash) {
        return db.select(API_TOKEN.fields()).select(ACCOUNT.DISPLAY_NAME)
                .from(API_TOKEN).join(ACCOUNT).on(ACCOUNT.ID.eq(API_TOKEN.ACCOUNT_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash).and(API_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional(ApiTokenRepository::toToken);
    }

    /** Revokes the token; false if there is no such token or it was revoked already. */
    boolean revoke(long id, Instant now) {
        return db.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    void markUsed(long id, Instant now) {
        db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(id)).execute();
    }

    private static ApiToken toToken(Record r) {
        return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.NAME), r.get(API_TOKEN.PREFIX),
                Scope.read(r.get(API_TOKEN.SCOPES)), r.get(API_TOKEN.ACCOUNT_ID), r.get(ACCOUNT.DISPLAY_NAME),
                r.get(API_TOKEN.RATE_LIMIT), r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.LAST_USED_AT),
                r.get(API_TOKEN.REVOKED_AT));
    }
}
