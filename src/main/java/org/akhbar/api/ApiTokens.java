package org.akhbar.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.akhbar.people.Account;
import org.akhbar.people.AccountRepository;
import org.akhbar.people.Staff;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.akhbar.platform.UnauthorizedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: made by an administrator for an account (their own or another), shown once, stored
 * as a SHA-256 hash (the token is 256 random bits, so a plain hash is as strong as a slow one and
 * costs nothing per request), revoked at will. A revoked token, or one whose account was disabled,
 * opens nothing from the next request on, on every node: tokens are looked up in the database on
 * each request.
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so a token pasted somewhere it should not be is easy to spot. */
    static final String PREFIX = "akh_";
    static final int NAME_MAX = 200;
    public static final int RATE_LIMIT_MAX = 100_000;
    private static final int SHOWN_CHARACTERS = 12;
    /** "Last used" is written at most this often per token: a write per request would cost more than it tells. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final int defaultRateLimit;
    private final Map<Long, Instant> lastMarked = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock,
            @Value("${akhbar.api.rate-limit.token:600}") int defaultRateLimit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.defaultRateLimit = defaultRateLimit;
    }

    /** What an administrator asks for. {@code rateLimit} null: the default ({@code akhbar.api.rate-limit.token}). */
    public record NewToken(String name, Set<Scope> scopes, Long accountId, Integer rateLimit) {
    }

    /** A token just made: {@code token} is shown once and never again. */
    public record Created(long id, String token) {
    }

    public int defaultRateLimit() {
        return defaultRateLimit;
    }

    @Transactional
    public Created create(NewToken request, Staff administrator) {
        List<Problem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(new Problem("name", "api.error.token-name", NAME_MAX));
        }
        long accountId = request.accountId() == null ? administrator.id() : request.accountId();
        Optional<Account> account = accounts.findById(accountId).filter(Account::enabled);
        if (account.isEmpty()) {
            problems.add(new Problem("accountId", "api.error.token-account"));
        }
        int rateLimit = request.rateLimit() == null ? defaultRateLimit : request.rateLimit();
        if (rateLimit < 1 || rateLimit > RATE_LIMIT_MAX) {
            problems.add(new Problem("rateLimit", "api.error.token-rate-limit", RATE_LIMIT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(name, hash(token), token.substring(0, SHOWN_CHARACTERS), request.scopes(), accountId,
                rateLimit, administrator.id(), clock.instant());
        return new Created(id, token);
    }

    public List<ApiToken> findAll() {
        return tokens.findAll();
    }

    @Transactional
    public void revoke(long id) {
        tokens.revoke(id, clock.instant());
    }

    /**
     * The caller a bearer token stands for. An unknown or revoked token, or one whose account is
     * disabled, is refused with a 401. Reads outside a transaction: on SQLite a transaction would
     * take the write lock for every API request.
     */
    public ApiCaller authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            throw new UnauthorizedException("api.error.token-invalid");
        }
        ApiToken found = tokens.findActiveByHash(hash(token))
                .orElseThrow(() -> new UnauthorizedException("api.error.token-invalid"));
        Account account = accounts.findById(found.accountId()).filter(Account::enabled)
                .orElseThrow(() -> new UnauthorizedException("api.error.token-account-disabled"));
        Instant now = clock.instant();
        Instant marked = lastMarked.get(found.id());
        if (marked == null || !marked.plus(USE_RESOLUTION).isAfter(now)) {
            lastMarked.put(found.id(), now);
            tokens.markUsed(found.id(), now);
        }
        return new ApiCaller(found.id(), account.staff(), found.scopes(), found.rateLimit());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
