package org.akhbar.article;

import java.time.Instant;

import org.akhbar.platform.Cursor;

/** What a sitemap needs of a published article: its address, its dates, its featured image's id (or null). */
public record ArchiveEntry(long id, String slug, Instant publishedAt, Instant updatedAt, Long featuredMediaId) {

    public String path() {
        return ArticlePaths.of(id, slug);
    }

    /** Where an oldest-first walk of the archive continues after this article. */
    public Cursor position() {
        return new Cursor(publishedAt, id);
    }
}
