package org.akhbar.comment;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a comment stands. Only approved comments reach readers; spam is what a rule suspected and
 * trash what a moderator removed: both are kept, so a wrong call can be undone.
 */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    /** The value stored in the database and written in the newsroom's addresses. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CommentStatus> parse(String code) {
        for (CommentStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
