package org.akhbar.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;

import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in to the newsroom: the same answer for an unknown user as for a wrong password, a new
 * session id at sign-in, throttling after repeated failures per account and per address, passwords
 * stored as Argon2 hashes only, and no way in for a disabled account.
 */
@DatabaseTest
class SignInIntegrationTests {

    static final String PASSWORD = TestAccounts.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginFailureRepository failures;

    private Account account(Role role) {
        return TestAccounts.create(accounts, role);
    }

    @Test
    void theRightPasswordLetsInAndChangesTheSessionId() {
        Account account = account(Role.AUTHOR);
        NewsroomClient client = new NewsroomClient(port);
        String before = client.get("/newsroom/login").headers().firstValue("Set-Cookie").orElse("");
        HttpResponse<String> login = client.login(account.username(), PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/articles");
        String after = login.headers().firstValue("Set-Cookie").orElse("");
        assertThat(after).startsWith("JSESSIONID=").isNotEqualTo(before);
        assertThat(client.get("/newsroom/articles").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        Account account = account(Role.AUTHOR);
        HttpResponse<String> wrongPassword = new NewsroomClient(port).login(account.username(), "not-the-password-123");
        HttpResponse<String> unknownUser = new NewsroomClient(port).login("nobody-" + System.nanoTime(), PASSWORD);
        assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location"))
                .isEqualTo(unknownUser.headers().firstValue("Location"));
        assertThat(unknownUser.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?error");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        Account account = account(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            new NewsroomClient(port).login(account.username(), "wrong-password-" + i);
        }
        HttpResponse<String> locked = new NewsroomClient(port).login(account.username(), PASSWORD);
        assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?locked");
        assertThat(new NewsroomClient(port).get("/newsroom/login?locked").body()).contains("محاولات دخول فاشلة كثيرة");
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        Account account = account(Role.AUTHOR);
        // Twenty guesses at twenty different names, all from this test's address (127.0.0.1).
        try {
            for (int i = 0; i < 20; i++) {
                new NewsroomClient(port).login("guess" + i + "-" + System.nanoTime(), "wrong-password-" + i);
            }
            HttpResponse<String> locked = new NewsroomClient(port).login(account.username(), PASSWORD);
            assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?locked");
        } finally {
            // The other tests sign in from the same address.
            failures.forget("address:127.0.0.1");
        }
        assertThat(new NewsroomClient(port).login(account.username(), PASSWORD).headers().firstValue("Location")
                .orElseThrow()).endsWith("/newsroom/articles");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Account account = account(Role.EDITOR);
        accounts.setEnabled(account.id(), false);
        HttpResponse<String> refused = new NewsroomClient(port).login(account.username(), PASSWORD);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?error");
    }

    @Test
    void anAccountWithoutAPasswordCannotSignInUntilGivenOne() {
        String username = "imported" + System.nanoTime();
        Account account = accounts.createWithoutPassword(new NewAccount(username, "كاتب مستورد", null, null, Role.CONTRIBUTOR));
        assertThat(repository.findCredentials(username).orElseThrow().passwordHash()).isEqualTo(AccountService.NO_PASSWORD);
        for (String guess : new String[] {"", "{none}", AccountService.NO_PASSWORD, PASSWORD}) {
            assertThat(encoder.matches(guess, AccountService.NO_PASSWORD)).isFalse();
        }
        HttpResponse<String> refused = new NewsroomClient(port).login(username, PASSWORD);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?error");

        accounts.changePassword(account.id(), PASSWORD);
        assertThat(new NewsroomClient(port).login(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/newsroom/articles");
    }

    @Test
    void passwordsAreStoredAsArgon2HashesAndWeakOnesAreRefused() {
        Account account = account(Role.CONTRIBUTOR);
        String hash = repository.findCredentials(account.username()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2}").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        assertThatThrownBy(() -> accounts.create(new NewAccount("short" + System.nanoTime(), "قصير", null, "123", Role.AUTHOR)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("account.error.password-short"));
    }

    @Test
    void signingOutEndsTheSession() {
        Account account = account(Role.AUTHOR);
        NewsroomClient client = new NewsroomClient(port);
        client.login(account.username(), PASSWORD);
        HttpResponse<String> logout = client.post("/newsroom/logout", Map.of());
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?logout");
        HttpResponse<String> after = client.get("/newsroom/articles");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/newsroom/login");
    }

    @Test
    void theSetupPageIsGoneOnceAnAccountExists() {
        account(Role.ADMINISTRATOR);
        NewsroomClient client = new NewsroomClient(port);
        assertThat(client.get("/newsroom/setup").statusCode()).isEqualTo(404);
        client.get("/newsroom/login");
        assertThat(client.post("/newsroom/setup", Map.of("username", "intruder", "displayName", "دخيل",
                "password", PASSWORD, "passwordAgain", PASSWORD)).statusCode()).isEqualTo(404);
        assertThat(repository.findByUsername("intruder")).isEmpty();
    }
}
