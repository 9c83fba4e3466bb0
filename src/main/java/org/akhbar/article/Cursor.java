package org.akhbar.article;

import java.time.Instant;

import org.akhbar.platform.BadRequestException;

/**
 * A position in a newest-first list: the (publish time, id) of an article. Lists continue strictly
 * after it, so articles published while a reader pages shift nothing: no repeats, no gaps.
 * Written in URLs as {@code <epoch millis>_<id>}.
 */
public record Cursor(Instant publishedAt, long id) {

    public static Cursor after(ArticleSummary last) {
        return new Cursor(last.publishedAt(), last.id());
    }

    public String token() {
        return publishedAt.toEpochMilli() + "_" + id;
    }

    /** Reads a token from a URL; a malformed one is the reader's (or a bot's) mistake: a 400. */
    public static Cursor parse(String token) {
        int separator = token.indexOf('_');
        try {
            if (separator <= 0 || token.length() > 40) {
                throw new NumberFormatException(token);
            }
            long millis = Long.parseLong(token, 0, separator, 10);
            long id = Long.parseLong(token, separator + 1, token.length(), 10);
            if (millis < 0 || id <= 0) {
                throw new NumberFormatException(token);
            }
            return new Cursor(Instant.ofEpochMilli(millis), id);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new BadRequestException("error.bad-cursor", "Malformed cursor: " + token);
        }
    }
}
