package org.akhbar.article;

import java.util.List;

import org.akhbar.platform.InvalidInputException;

/** The article cannot be saved as it is; nothing was written. */
public class InvalidArticleException extends InvalidInputException {

    public InvalidArticleException(List<Problem> problems) {
        super(problems);
    }
}
