package org.akhbar.platform;

/** The thing was here and has been taken down on purpose (an unpublished article): a 410 page. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
