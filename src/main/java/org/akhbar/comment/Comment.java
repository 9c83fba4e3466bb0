package org.akhbar.comment;

import java.time.Instant;

/**
 * A comment as stored, for moderators: {@code body} is the plain text the reader typed (see
 * {@link CommentText} for showing it), {@code authorEmail} is never shown to readers,
 * {@code spamReason} says which rule sent it to the spam queue (null: none), {@code parentId} the
 * comment it answers (null: none).
 */
public record Comment(long id, long articleId, Long parentId, CommentStatus status, String authorName,
        String authorEmail, String body, String spamReason, Instant createdAt, Instant updatedAt) {

    public String html() {
        return CommentText.toHtml(body);
    }
}
