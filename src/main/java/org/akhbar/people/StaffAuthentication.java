package org.akhbar.people;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a newsroom login: refused at once while the username or the address is locked by
 * {@link LoginThrottle}; otherwise the password is checked (an unknown username costs the same
 * hashing as a wrong password, and a disabled account is only refused after its password was
 * checked, so neither answer nor timing tells them apart); failures are counted.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

    /** Thrown while locked; carries the end of the lock for the login page. */
    static final class ThrottledException extends LockedException {

        private final transient Instant until;

        ThrottledException(Instant until) {
            super("Too many failed logins");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    private final LoginThrottle throttle;
    private final AccountRepository accounts;
    private final DaoAuthenticationProvider passwords;

    StaffAuthentication(LoginThrottle throttle, AccountRepository accounts, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(username -> accounts.findCredentials(username)
                .map(c -> new StaffUser(c.account().staff(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account")));
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new ThrottledException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        StaffUser user = (StaffUser) result.getPrincipal();
        boolean enabled = accounts.findById(user.staff().id()).map(Account::enabled).orElse(false);
        if (!enabled) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
