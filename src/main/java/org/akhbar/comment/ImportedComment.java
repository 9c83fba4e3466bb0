package org.akhbar.comment;

import java.time.Instant;

/**
 * A comment brought from another system (a WordPress export): stored as it is, with its status,
 * author, email, date and parent, without the checks meant for readers' posts. {@code externalId}
 * (may be null) makes importing the same comment again a no-op. The parent is named by id, or
 * (for {@link CommentService#storeAll}) by its external id: {@code parentExternalId}, null when
 * the parent is given by id or there is none.
 */
public record ImportedComment(long articleId, Long parentId, CommentStatus status, String authorName,
        String authorEmail, String text, Instant createdAt, String externalId, String parentExternalId) {

    public ImportedComment(long articleId, Long parentId, CommentStatus status, String authorName,
            String authorEmail, String text, Instant createdAt, String externalId) {
        this(articleId, parentId, status, authorName, authorEmail, text, createdAt, externalId, null);
    }
}
