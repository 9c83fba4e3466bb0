package org.akhbar.transfer;

/**
 * A WXR file that cannot be read on: not well-formed XML, a DTD (refused: no external entities,
 * no entity expansion), or not a WordPress export at all. Says where and why.
 */
final class WxrException extends Exception {

    private final long line;

    WxrException(long line, String reason) {
        super(reason, null, false, false);
        this.line = line;
    }

    long line() {
        return line;
    }

    String reason() {
        return getMessage();
    }
}
