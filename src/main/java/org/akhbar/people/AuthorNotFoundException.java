package org.akhbar.people;

import org.akhbar.platform.NotFoundException;

/** No author has this slug. */
public class AuthorNotFoundException extends NotFoundException {

    public AuthorNotFoundException(String slug) {
        super("No author " + slug);
    }
}
