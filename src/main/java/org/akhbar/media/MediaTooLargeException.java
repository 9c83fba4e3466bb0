package org.akhbar.media;

import org.akhbar.platform.InvalidInputException;

/** The upload is bigger than {@code akhbar.media.max-bytes}: refused unread (a 413 on the web). */
public class MediaTooLargeException extends InvalidInputException {

    MediaTooLargeException(Number maxMegabytes) {
        super("file", "media.error.too-big", maxMegabytes);
    }
}
