package org.akhbar.api;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as the newsroom lists it: never the token itself, only the first characters of it
 * ({@code prefix}) to tell tokens apart. {@code accountName} is the account it acts for.
 *
 * @param rateLimit requests per minute
 */
public record ApiToken(long id, String name, String prefix, Set<Scope> scopes, long accountId, String accountName,
        int rateLimit, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
