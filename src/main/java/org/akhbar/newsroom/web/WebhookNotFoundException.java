package org.akhbar.newsroom.web;

import org.akhbar.platform.NotFoundException;

/** No webhook with this id (deleted meanwhile, or a typed address). */
class WebhookNotFoundException extends NotFoundException {

    WebhookNotFoundException(long id) {
        super("No webhook " + id);
    }
}
