package org.akhbar.platform;

import java.time.Instant;

/**
 * A position in a newest-first list: the (time, id) of its last item, the time being whatever the
 * list is ordered by (publish time, upload time, last change). The next page continues strictly
 * after it, so items added while someone pages shift nothing: no repeats, no gaps. Written in
 * URLs as {@code <epoch millis>_<id>}.
 */
public record Cursor(Instant at, long id) {

    public String token() {
        return at.toEpochMilli() + "_" + id;
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
