package org.akhbar.taxonomy;

import org.akhbar.platform.NotFoundException;

/** No section has this slug. */
public class SectionNotFoundException extends NotFoundException {

    public SectionNotFoundException(String slug) {
        super("No section " + slug);
    }
}
