package org.akhbar.article;

import org.akhbar.platform.NotFoundException;

/** No published article has this id. */
public class ArticleNotFoundException extends NotFoundException {

    public ArticleNotFoundException(long id) {
        super("No article " + id);
    }
}
