package org.akhbar.comment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a moderator may do to comments, and from which states. "Not spam" and "restore" put a
 * comment back in the pending queue, to be approved like any other; nothing here deletes.
 */
public enum Moderation {
    APPROVE(EnumSet.of(CommentStatus.PENDING, CommentStatus.SPAM, CommentStatus.TRASH), CommentStatus.APPROVED),
    UNAPPROVE(EnumSet.of(CommentStatus.APPROVED), CommentStatus.PENDING),
    SPAM(EnumSet.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.TRASH), CommentStatus.SPAM),
    NOT_SPAM(EnumSet.of(CommentStatus.SPAM), CommentStatus.PENDING),
    TRASH(EnumSet.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM), CommentStatus.TRASH),
    RESTORE(EnumSet.of(CommentStatus.TRASH), CommentStatus.PENDING);

    private final Set<CommentStatus> from;
    private final CommentStatus to;

    Moderation(Set<CommentStatus> from, CommentStatus to) {
        this.from = from;
        this.to = to;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public CommentStatus to() {
        return to;
    }

    public boolean allowedFrom(CommentStatus status) {
        return from.contains(status);
    }

    public static Optional<Moderation> parse(String code) {
        for (Moderation action : values()) {
            if (action.code().equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
