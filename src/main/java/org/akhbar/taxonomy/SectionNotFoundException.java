package org.akhbar.taxonomy;

import org.akhbar.platform.NotFoundException;

/** No section has this slug (or id). */
public class SectionNotFoundException extends NotFoundException {

    public SectionNotFoundException(String slug) {
        super("No section " + slug);
    }

    public SectionNotFoundException(long id) {
        super("No section #" + id);
    }
}
