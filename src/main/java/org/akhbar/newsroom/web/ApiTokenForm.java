package org.akhbar.newsroom.web;

import java.util.List;

/** The form that makes an API token, as posted: the account it acts for, its scopes and its limit. */
public record ApiTokenForm(String name, String accountId, List<String> scopes, String rateLimit) {

    public ApiTokenForm {
        name = name == null ? "" : name;
        accountId = accountId == null ? "" : accountId;
        rateLimit = rateLimit == null ? "" : rateLimit;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }
}
