package org.akhbar.article;

import java.time.Instant;

import org.akhbar.platform.Cursor;
import org.akhbar.taxonomy.Section;

/** What a list, a card or a link needs of an article. {@code section} is its primary one, if any. */
public record ArticleSummary(long id, String slug, String title, String kicker, String excerpt,
        Instant publishedAt, Section section, String authorName) {

    public String path() {
        return ArticlePaths.of(id, slug);
    }

    /** Where a newest-first list continues after this article. */
    public Cursor position() {
        return new Cursor(publishedAt, id);
    }
}
