package org.akhbar.newsroom.web;

import org.akhbar.platform.NotFoundException;

/** The setup page once an account exists: it is not there any more. */
class SetupFinishedException extends NotFoundException {

    SetupFinishedException() {
        super("The site has been set up");
    }
}
