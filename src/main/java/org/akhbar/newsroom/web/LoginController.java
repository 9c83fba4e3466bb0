package org.akhbar.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.people.AccountRepository;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Signing in (the form; Spring Security checks what it posts) and the first-run setup page, which
 * creates the first administrator and exists only while the site has no account at all.
 */
@Controller
class LoginController {

    private final NewsroomPages pages;
    private final AccountRepository accounts;
    private final AccountService accountService;

    LoginController(NewsroomPages pages, AccountRepository accounts, AccountService accountService) {
        this.pages = pages;
        this.accounts = accounts;
        this.accountService = accountService;
    }

    /** The sign-in form, with what the last attempt came to ({@code ?error}, {@code ?locked} …). */
    @GetMapping("/newsroom/login")
    ModelAndView login(HttpServletRequest request, @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String setup) {
        if (accounts.isEmpty()) {
            return Redirects.to("/newsroom/setup");
        }
        String key = error != null ? "login.error" : locked != null ? "login.locked"
                : logout != null ? "login.logged-out" : setup != null ? "setup.done" : null;
        return new ModelAndView("newsroom/login", "page",
                new LoginPage(pages.chrome(request), key, error != null || locked != null));
    }

    @GetMapping("/newsroom/setup")
    ModelAndView setup(HttpServletRequest request) {
        requireNoAccount();
        return new ModelAndView("newsroom/setup", "page",
                new SetupPage(pages.chrome(request), new SetupForm("", "", "", "", ""), List.of()));
    }

    @PostMapping("/newsroom/setup")
    ModelAndView createAdministrator(HttpServletRequest request, HttpServletResponse response, SetupForm form) {
        requireNoAccount();
        NewsroomChrome chrome = pages.chrome(request);
        SetupForm kept = new SetupForm(form.username(), form.displayName(), form.email(), "", "");
        if (form.password() == null || !form.password().equals(form.passwordAgain())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView("newsroom/setup", "page", new SetupPage(chrome, kept,
                    List.of(new FormProblem("passwordAgain", chrome.t().get("account.error.password-mismatch")))));
        }
        try {
            accountService.createFirstAdministrator(new NewAccount(form.username(), form.displayName(), form.email(),
                    form.password(), null));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView("newsroom/setup", "page",
                    new SetupPage(chrome, kept, FormProblem.of(e, chrome.t())));
        } catch (ConflictException e) {
            throw new SetupFinishedException();
        }
        return Redirects.to("/newsroom/login?setup");
    }

    private void requireNoAccount() {
        if (!accounts.isEmpty()) {
            throw new SetupFinishedException();
        }
    }
}
