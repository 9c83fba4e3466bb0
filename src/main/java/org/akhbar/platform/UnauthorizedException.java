package org.akhbar.platform;

/**
 * The request needs credentials it did not bring, or brought ones that are not (or no longer)
 * valid: an API call without a token, with an unknown or revoked one. Answered with a 401; the
 * message key says which.
 */
public class UnauthorizedException extends RuntimeException {

    private final String messageKey;

    public UnauthorizedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
