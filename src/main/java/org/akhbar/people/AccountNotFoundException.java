package org.akhbar.people;

import org.akhbar.platform.NotFoundException;

/** No account has this id. */
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(long id) {
        super("No account " + id);
    }
}
