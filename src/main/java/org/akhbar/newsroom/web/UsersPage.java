package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.people.Account;
import org.akhbar.people.Role;

/** The accounts page's model. */
public record UsersPage(NewsroomChrome chrome, List<Account> accounts, List<Role> roles, AccountForm form,
        List<FormProblem> problems, String messageKey) {
}
