package org.akhbar.media;

import java.time.Instant;

import org.akhbar.platform.BadRequestException;

/**
 * A position in the media library, newest first: the (upload time, id) of an image. The next page
 * continues strictly after it, so uploads made meanwhile shift nothing. Written as
 * {@code <epoch millis>_<id>}.
 */
public record MediaCursor(Instant createdAt, long id) {

    public static MediaCursor after(MediaImage last) {
        return new MediaCursor(last.createdAt(), last.id());
    }

    public String token() {
        return createdAt.toEpochMilli() + "_" + id;
    }

    /** Reads a token sent back by the newsroom's script; a malformed one is a 400. */
    public static MediaCursor parse(String token) {
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
            return new MediaCursor(Instant.ofEpochMilli(millis), id);
        } catch (NumberFormatException e) {
            throw new BadRequestException("media.error.bad-cursor", "Malformed cursor: " + token);
        }
    }
}
