package org.akhbar.platform;

/**
 * The write was based on something that has changed since it was read (an article saved by
 * someone else after this editor loaded it): answered with a 409, nothing written.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
