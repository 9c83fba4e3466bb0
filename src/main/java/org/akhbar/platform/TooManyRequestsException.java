package org.akhbar.platform;

/**
 * The caller has used up its allowance of requests for now: answered with a 429 and a
 * {@code Retry-After} of {@code retryAfterSeconds}.
 */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super("Too many requests; retry after " + retryAfterSeconds + "s");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
