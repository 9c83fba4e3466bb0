package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.platform.InvalidInputException;
import org.akhbar.site.Messages;

/** A problem with one field of a form, explained in the reader's language. */
public record FormProblem(String field, String message) {

    static List<FormProblem> of(InvalidInputException e, Messages t) {
        return e.problems().stream().map(p -> new FormProblem(p.field(), t.get(p.messageKey(), p.arguments()))).toList();
    }
}
