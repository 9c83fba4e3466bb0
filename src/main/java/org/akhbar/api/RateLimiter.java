package org.akhbar.api;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.akhbar.platform.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Requests per minute, per caller (a token, or an address without one), as a token bucket: a
 * caller may spend its whole minute's allowance at once, then gets it back steadily. Kept in this
 * node's memory: with several nodes behind a load balancer a caller's limit is per node. That is
 * the price of not writing to the database on every API request; the limit is there to keep one
 * client from starving the others, not to meter use.
 */
@Component
public class RateLimiter {

    private static final double MILLIS_PER_MINUTE = 60_000.0;

    private final Clock clock;
    /** Idle callers' buckets are full again within a minute: forgetting them after ten changes nothing. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** What is left of the caller's allowance after this request. */
    public record Allowance(int limit, int remaining) {
    }

    /** Counts a request of {@code caller}; refuses it with a 429 once the allowance is spent. */
    public Allowance take(String caller, int perMinute) {
        Bucket bucket = buckets.get(caller, key -> new Bucket(perMinute, clock.millis()));
        return bucket.take(perMinute, clock.millis());
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized Allowance take(int capacity, long now) {
            double perMilli = capacity / MILLIS_PER_MINUTE;
            tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * perMilli);
            updatedAt = now;
            if (tokens < 1) {
                long waitMillis = (long) Math.ceil((1 - tokens) / perMilli);
                throw new TooManyRequestsException((waitMillis + 999) / 1000);
            }
            tokens -= 1;
            return new Allowance(capacity, (int) Math.floor(tokens));
        }
    }
}
