package org.akhbar.api;

import java.util.Set;

import org.akhbar.people.Staff;
import org.akhbar.platform.ForbiddenException;

/**
 * Who is calling the API with a valid token: the token, the account it acts for (as the
 * workflow's permission checks see it) and what the token may do.
 */
public record ApiCaller(long tokenId, Staff staff, Set<Scope> scopes, int rateLimit) {

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    /** Refuses with a 403 unless the token has the scope. */
    public void require(Scope scope) {
        if (!scopes.contains(scope)) {
            throw new ForbiddenException("api.error.scope-missing");
        }
    }
}
