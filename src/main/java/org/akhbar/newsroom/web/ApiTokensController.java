package org.akhbar.newsroom.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.api.ApiTokens;
import org.akhbar.api.ApiTokens.NewToken;
import org.akhbar.api.Scope;
import org.akhbar.people.Account;
import org.akhbar.people.AccountRepository;
import org.akhbar.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The JSON API's tokens: administrators make them (shown once, on the answer to the form, never
 * stored in a way that could show them again) and revoke them. The security chain admits no one else.
 */
@Controller
class ApiTokensController {

    private final NewsroomPages pages;
    private final ApiTokens tokens;
    private final AccountRepository accounts;

    ApiTokensController(NewsroomPages pages, ApiTokens tokens, AccountRepository accounts) {
        this.pages = pages;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/newsroom/api-tokens")
    ModelAndView list(HttpServletRequest request, @RequestParam(required = false) String done) {
        return page(request, blankForm(), List.of(), null, done == null ? null : "api-tokens.done");
    }

    @PostMapping("/newsroom/api-tokens")
    ModelAndView create(HttpServletRequest request, HttpServletResponse response, ApiTokenForm form) {
        NewsroomChrome chrome = pages.chrome(request);
        // The answer shows the token: no cache, browser or other, may keep it.
        response.setHeader("Cache-Control", "no-store");
        try {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            for (String code : form.scopes()) {
                scopes.add(Scope.parse(code).orElseThrow(() -> new InvalidInputException("scopes", "api.error.token-scope")));
            }
            ApiTokens.Created created = tokens.create(new NewToken(form.name(), scopes, number(form.accountId(), "accountId",
                    "api.error.token-account"), rateLimit(form.rateLimit())), chrome.staff());
            return page(request, blankForm(), List.of(), created.token(), null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, form, FormProblem.of(e, chrome.t()), null, null);
        }
    }

    @PostMapping("/newsroom/api-tokens/{id:\\d{1,18}}/revoke")
    ModelAndView revoke(@PathVariable long id) {
        tokens.revoke(id);
        return Redirects.to("/newsroom/api-tokens?done");
    }

    private ApiTokenForm blankForm() {
        return new ApiTokenForm("", "", List.of(), Integer.toString(tokens.defaultRateLimit()));
    }

    private static Integer rateLimit(String value) {
        Long n = number(value, "rateLimit", "api.error.token-rate-limit");
        return n == null ? null : (int) Math.min(Integer.MAX_VALUE, n);
    }

    private static Long number(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, messageKey, ApiTokens.RATE_LIMIT_MAX);
        }
    }

    private ModelAndView page(HttpServletRequest request, ApiTokenForm form, List<FormProblem> problems, String created,
            String messageKey) {
        List<Account> enabled = accounts.findAll().stream().filter(Account::enabled).toList();
        return new ModelAndView("newsroom/api-tokens", "page", new ApiTokensPage(pages.chrome(request), tokens.findAll(),
                enabled, List.of(Scope.values()), form, problems, created, messageKey));
    }
}
