package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.api.ApiToken;
import org.akhbar.api.Scope;
import org.akhbar.people.Account;

/** The API tokens page's model. {@code createdToken}: a token just made, shown this once (else null). */
public record ApiTokensPage(NewsroomChrome chrome, List<ApiToken> tokens, List<Account> accounts, List<Scope> scopes,
        ApiTokenForm form, List<FormProblem> problems, String createdToken, String messageKey) {
}
