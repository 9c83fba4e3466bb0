package org.akhbar.comment;

import java.time.Instant;

/**
 * A comment brought from another system (a WordPress export): stored as it is, with its status,
 * author, email, date and parent, without the checks meant for readers' posts. {@code externalId}
 * (may be null) makes importing the same comment again a no-op.
 */
public record ImportedComment(long articleId, Long parentId, CommentStatus status, String authorName,
        String authorEmail, String text, Instant createdAt, String externalId) {
}
