package org.akhbar.article;

import java.time.Instant;

/** A correction or update note under a published article, with its time. Plain text. */
public record ArticleNote(long id, long articleId, NoteKind kind, String body, Instant createdAt) {
}
