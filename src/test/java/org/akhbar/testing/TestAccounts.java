package org.akhbar.testing;

import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;

/** Newsroom accounts for tests: a name no other test uses, one known password. */
public final class TestAccounts {

    public static final String PASSWORD = "كلمة-سر-طويلة-بما-يكفي-2026";

    private TestAccounts() {
    }

    public static Account create(AccountService accounts, Role role) {
        String name = role.code() + System.nanoTime() % 1_000_000_000L;
        return accounts.create(new NewAccount(name, "اسم " + name, null, PASSWORD, role));
    }
}
