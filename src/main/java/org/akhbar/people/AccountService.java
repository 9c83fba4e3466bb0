package org.akhbar.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.DatabaseLocks;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing newsroom accounts. Every account gets a byline (an author of the same
 * name, shared with imported articles credited to that name). There is no default account and no
 * default password: the first administrator comes from the setup page or from
 * {@code create-user}.
 */
@Service
public class AccountService {

    public static final String ENTITY = "account";
    /** What an account without a password keeps as its hash: the login's encoder matches no password to it. */
    public static final String NO_PASSWORD = "{" + SecurityConfiguration.NO_PASSWORD_ID + "}";
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 200;
    static final int USERNAME_MAX = 100;
    static final int DISPLAY_NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountRepository accounts;
    private final AuthorRepository authors;
    private final PasswordEncoder passwords;
    private final ChangeLog changeLog;
    private final DatabaseLocks locks;
    private final Clock clock;

    AccountService(AccountRepository accounts, AuthorRepository authors, PasswordEncoder passwords,
            ChangeLog changeLog, DatabaseLocks locks, Clock clock) {
        this.locks = locks;
        this.accounts = accounts;
        this.authors = authors;
        this.passwords = passwords;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** What it takes to open an account. */
    public record NewAccount(String username, String displayName, String email, String password, Role role) {
    }

    @Transactional
    public Account create(NewAccount input) {
        return create(input, true);
    }

    /**
     * An account without a password (an imported author, say): it cannot sign in until an
     * administrator sets one. No hash is computed; the stored {@link #NO_PASSWORD} matches nothing.
     * {@code input.password()} is ignored.
     */
    @Transactional
    public Account createWithoutPassword(NewAccount input) {
        return create(input, false);
    }

    private Account create(NewAccount input, boolean withPassword) {
        List<Problem> problems = new ArrayList<>();
        String username = AccountRepository.normalise(input.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem("username", "account.error.username", USERNAME_MAX));
        } else if (accounts.existsByUsername(username)) {
            problems.add(new Problem("username", "account.error.username-taken"));
        }
        String displayName = input.displayName() == null ? "" : input.displayName().strip().replaceAll("\\s+", " ");
        if (displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX) {
            problems.add(new Problem("displayName", "account.error.display-name", DISPLAY_NAME_MAX));
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "account.error.email"));
        }
        if (withPassword) {
            checkPassword(input.password(), problems);
        }
        if (input.role() == null) {
            problems.add(new Problem("role", "account.error.role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long authorId = authors.ensure(displayName).id();
        long id = accounts.insert(username, displayName, email,
                withPassword ? passwords.encode(input.password()) : NO_PASSWORD, input.role(), authorId, clock.instant());
        changeLog.append(ENTITY, id, "created");
        return accounts.findById(id).orElseThrow();
    }

    /**
     * The first administrator, only while no account exists: the setup page's job. Two browsers
     * racing on a fresh site cannot both win: the check and the insert happen under one lock.
     */
    @Transactional
    public Account createFirstAdministrator(NewAccount input) {
        locks.lock("first-administrator");
        if (!accounts.isEmpty()) {
            throw new ConflictException("setup.error.done", "An account exists already");
        }
        return create(new NewAccount(input.username(), input.displayName(), input.email(), input.password(),
                Role.ADMINISTRATOR));
    }

    @Transactional
    public void changeRole(long accountId, Role role) {
        accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        accounts.updateRole(accountId, role, clock.instant());
        changeLog.append(ENTITY, accountId, "updated");
    }

    @Transactional
    public void changePassword(long accountId, String password) {
        List<Problem> problems = new ArrayList<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        accounts.updatePassword(accountId, passwords.encode(password), clock.instant());
        changeLog.append(ENTITY, accountId, "updated");
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        accounts.updateDisabled(accountId, enabled ? null : clock.instant(), clock.instant());
        changeLog.append(ENTITY, accountId, "updated");
    }

    private static void checkPassword(String password, List<Problem> problems) {
        if (password == null || password.codePointCount(0, password.length()) < PASSWORD_MIN) {
            problems.add(new Problem("password", "account.error.password-short", PASSWORD_MIN));
        } else if (password.length() > PASSWORD_MAX) {
            problems.add(new Problem("password", "account.error.password-long", PASSWORD_MAX));
        }
    }
}
