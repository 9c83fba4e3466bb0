package org.akhbar.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code akhbar.login.account-failures} failed logins for one
 * username, or {@code akhbar.login.address-failures} from one address, within
 * {@code akhbar.login.window}, further attempts are refused for as long again. Counted in the
 * database, so every node sees the same counts. Unknown usernames are counted like real ones: a
 * lock says nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
            @Value("${akhbar.login.account-failures:5}") int accountLimit,
            @Value("${akhbar.login.address-failures:20}") int addressLimit,
            @Value("${akhbar.login.window:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** Until when logins for this username or from this address are refused, if they are now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        return failures.lockedUntil(List.of(accountSubject(username), addressSubject(address)), clock.instant());
    }

    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.count(accountSubject(username), accountLimit, now.minus(window), now, now.plus(window));
        failures.count(addressSubject(address), addressLimit, now.minus(window), now, now.plus(window));
        failures.forgetOld(now.minus(window.multipliedBy(4)), now);
    }

    /** A successful login forgets the account's failures (not the address's). */
    @Transactional
    public void succeeded(String username) {
        failures.forget(accountSubject(username));
    }

    private static String accountSubject(String username) {
        String name = AccountRepository.normalise(username);
        return "user:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String addressSubject(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
