package org.akhbar.comment;

/**
 * A flood: more posts from one address or with one email than the rate limits allow. Answered with
 * a 429 and the Arabic message of {@link #MESSAGE}; nothing was stored.
 */
public class TooManyCommentsException extends RuntimeException {

    public static final String MESSAGE = "comments.error.rate";

    public TooManyCommentsException(String detail) {
        super(detail);
    }
}
