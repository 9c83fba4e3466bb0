package org.akhbar.platform;

/**
 * The caller has used up its allowance for now (API requests, comments from one address): answered
 * with a 429, a {@code Retry-After} of {@code retryAfterSeconds} and the Arabic text of
 * {@code messageKey}. Nothing was done.
 */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;
    private final String messageKey;

    public TooManyRequestsException(long retryAfterSeconds) {
        this(retryAfterSeconds, "error.too-many.text", "Too many requests; retry after " + retryAfterSeconds + "s");
    }

    public TooManyRequestsException(long retryAfterSeconds, String messageKey, String detail) {
        super(detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.messageKey = messageKey;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String messageKey() {
        return messageKey;
    }
}
