package org.akhbar.article;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be saved as it is. Each problem names the field and a message key of the UI
 * bundle that explains it; nothing was written.
 */
public class InvalidArticleException extends RuntimeException {

    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final List<Problem> problems;

    public InvalidArticleException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
