package org.akhbar.article;

import java.time.Instant;

/** One line of the newsroom's article list. */
public record DeskItem(long id, String title, ArticleStatus status, String authorName, String sectionName,
        Instant publishedAt, Instant updatedAt, Long createdBy, Long authorId) {
}
