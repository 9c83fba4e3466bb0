package org.akhbar.platform;

/**
 * The request itself is wrong (a malformed cursor, an impossible parameter): answered with a 400
 * page. The message key names the explanation shown to the reader.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;

    public BadRequestException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
