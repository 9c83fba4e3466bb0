package org.akhbar.media.web;

import org.akhbar.platform.InvalidInputException;
import org.akhbar.site.Messages;

/**
 * What went wrong, in JSON: a code for the script, the Arabic sentence to show and the field at
 * fault (null when none is).
 */
record MediaProblem(String error, String message, String field) {

    static MediaProblem of(String error, InvalidInputException e, Messages t) {
        InvalidInputException.Problem first = e.problems().getFirst();
        return new MediaProblem(error, t.get(first.messageKey(), first.arguments()), first.field());
    }
}
