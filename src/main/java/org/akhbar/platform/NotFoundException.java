package org.akhbar.platform;

/** Something a reader asked for does not exist (or is not public): answered with a 404 page. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
