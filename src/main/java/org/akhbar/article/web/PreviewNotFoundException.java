package org.akhbar.article.web;

import org.akhbar.platform.NotFoundException;

/** A preview link that never existed or has expired. */
class PreviewNotFoundException extends NotFoundException {

    PreviewNotFoundException() {
        super("No such preview, or it has expired");
    }
}
