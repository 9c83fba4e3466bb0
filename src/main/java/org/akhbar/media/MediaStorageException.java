package org.akhbar.media;

/** The media storage failed to keep an upload; nothing of it was kept. */
public class MediaStorageException extends RuntimeException {

    MediaStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
