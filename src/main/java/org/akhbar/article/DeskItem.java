package org.akhbar.article;

import java.time.Instant;

import org.akhbar.platform.Cursor;

/** One line of the newsroom's article list. */
public record DeskItem(long id, String title, ArticleStatus status, String authorName, String sectionName,
        Instant publishedAt, Instant updatedAt, Long createdBy, Long authorId) {

    /** Where the newsroom's list continues after this article. */
    public Cursor position() {
        return new Cursor(updatedAt, id);
    }
}
