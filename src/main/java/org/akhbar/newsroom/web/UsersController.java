package org.akhbar.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.people.Account;
import org.akhbar.people.AccountRepository;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;
import org.akhbar.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Accounts and their roles: the administrator's page (the security chain admits no one else). */
@Controller
class UsersController {

    private final NewsroomPages pages;
    private final AccountRepository accounts;
    private final AccountService accountService;

    UsersController(NewsroomPages pages, AccountRepository accounts, AccountService accountService) {
        this.pages = pages;
        this.accounts = accounts;
        this.accountService = accountService;
    }


    @GetMapping("/newsroom/users")
    ModelAndView list(HttpServletRequest request, @RequestParam(required = false) String done) {
        return page(request, new AccountForm("", "", "", "", Role.CONTRIBUTOR.code()), List.of(),
                done == null ? null : "users.done");
    }

    @PostMapping("/newsroom/users")
    ModelAndView create(HttpServletRequest request, HttpServletResponse response, AccountForm form) {
        NewsroomChrome chrome = pages.chrome(request);
        try {
            accountService.create(new NewAccount(form.username(), form.displayName(), form.email(), form.password(),
                    Role.parse(form.role()).orElse(null)));
            return Redirects.to("/newsroom/users?done");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(request, new AccountForm(form.username(), form.displayName(), form.email(), "", form.role()),
                    FormProblem.of(e, chrome.t()), null);
        }
    }

    @PostMapping("/newsroom/users/{id:\\d{1,18}}")
    ModelAndView change(@PathVariable long id, @RequestParam(required = false) String role,
            @RequestParam(required = false) String enabled, @RequestParam(required = false) String password) {
        if (role != null) {
            accountService.changeRole(id, Role.parse(role)
                    .orElseThrow(() -> new InvalidInputException("role", "account.error.role")));
        }
        if (enabled != null) {
            accountService.setEnabled(id, Boolean.parseBoolean(enabled));
        }
        if (password != null && !password.isEmpty()) {
            accountService.changePassword(id, password);
        }
        return Redirects.to("/newsroom/users?done");
    }

    private ModelAndView page(HttpServletRequest request, AccountForm form, List<FormProblem> problems, String messageKey) {
        return new ModelAndView("newsroom/users", "page", new UsersPage(pages.chrome(request), accounts.findAll(),
                List.of(Role.values()), form, problems, messageKey));
    }
}
