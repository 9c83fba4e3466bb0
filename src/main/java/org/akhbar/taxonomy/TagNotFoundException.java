package org.akhbar.taxonomy;

import org.akhbar.platform.NotFoundException;

/** No tag has this slug. */
public class TagNotFoundException extends NotFoundException {

    public TagNotFoundException(String slug) {
        super("No tag " + slug);
    }
}
