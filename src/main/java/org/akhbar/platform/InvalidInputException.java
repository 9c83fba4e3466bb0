package org.akhbar.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be saved as it is. Each problem names the field and a message key of the UI
 * bundle that explains it; nothing was written. Answered with a 400 unless a form shows the
 * problems beside its fields.
 */
public class InvalidInputException extends RuntimeException {

    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
