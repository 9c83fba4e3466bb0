package org.akhbar.comment;

import org.akhbar.platform.NotFoundException;

/** No such comment, or no article readers may comment on. */
public class CommentNotFoundException extends NotFoundException {

    public CommentNotFoundException(String message) {
        super(message);
    }
}
