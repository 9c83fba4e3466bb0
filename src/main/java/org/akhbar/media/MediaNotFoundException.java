package org.akhbar.media;

import org.akhbar.platform.NotFoundException;

/** No uploaded image (or no such file of one) answers to this id or address. */
public class MediaNotFoundException extends NotFoundException {

    public MediaNotFoundException(String what) {
        super("No media " + what);
    }
}
