package org.akhbar.platform;

/**
 * The signed-in member of staff may not do this (a contributor publishing, an author editing
 * someone else's article): answered with a 403. The message key explains why.
 */
public class ForbiddenException extends RuntimeException {

    private final String messageKey;

    public ForbiddenException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
