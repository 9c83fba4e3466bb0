package org.akhbar.comment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The comment form's hidden timestamp, signed with the site's key (HMAC-SHA256), so the time
 * between showing the form and sending it can be checked without sessions, on any node. The same
 * key hashes readers' addresses for the rate limits, so no address is ever stored.
 *
 * <p>Pages are cached: a form read from a cache carries the time its page was rendered, which only
 * makes the minimum time easier to pass, never harder. There is therefore no maximum age: a reader
 * who kept a tab open overnight is not refused, and a bot gains nothing from an old token that it
 * could not get by fetching the page. With JavaScript, the page asks for a fresh token, so the
 * minimum time counts from when that reader's form appeared.
 */
@Component
public class FormTokens {

    private final CommentRepository repository;
    private final Clock clock;
    private volatile SecretKeySpec key;

    FormTokens(CommentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A token saying "the form was shown now". */
    public String issue() {
        return issue(clock.instant());
    }

    String issue(Instant at) {
        String millis = Long.toString(at.toEpochMilli());
        return millis + "." + sign("form:" + millis);
    }

    /** When the form was shown, if the token is one this site signed. */
    Optional<Instant> shownAt(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String millis = token.substring(0, dot);
        if (!millis.chars().allMatch(Character::isDigit) || millis.length() > 15) {
            return Optional.empty();
        }
        byte[] expected = sign("form:" + millis).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)))
                : Optional.empty();
    }

    /** A keyed hash of a value (an address, an email) that cannot be turned back into it. */
    String hash(String kind, String value) {
        return sign(kind + ":" + value);
    }

    private String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String stored = repository.secret(HexFormat.of().formatHex(fresh), clock.instant());
            known = new SecretKeySpec(HexFormat.of().parseHex(stored), "HmacSHA256");
            key = known;
        }
        return known;
    }
}
