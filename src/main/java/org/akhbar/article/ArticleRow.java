package org.akhbar.article;

import java.time.Instant;

/**
 * The article's own columns, ready to store: validated, sanitised, with its author resolved.
 * {@code commentsOpen} null: left as it is (open for a new article).
 */
record ArticleRow(String externalId, String slug, String title, String kicker, String excerpt, String bodyHtml,
        ArticleStatus status, Long authorId, Instant publishedAt, Long featuredMediaId, Boolean commentsOpen) {

    /** When the article appears in lists: its publish time if published or scheduled, otherwise never. */
    Instant listedAt() {
        return status.listed() ? publishedAt : null;
    }
}
