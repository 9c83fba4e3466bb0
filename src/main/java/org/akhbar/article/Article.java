package org.akhbar.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.akhbar.people.Author;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;

/**
 * A whole article as stored. {@code bodyHtml} was sanitised when it was saved and may be printed as
 * it is; {@code sections} come in order, the first being the primary one; {@code readingMinutes}
 * is worked out from the body when the article is read from the database. {@code version} counts
 * its saves: an editor's save names the version it started from, and is refused if another came
 * in between. {@code revisedAt} is when the last correction or update note was added (null: none).
 * {@code createdBy} is the newsroom account that opened it (null for imports). {@code commentsOpen}:
 * whether the newsroom left it open to reader comments (the site may still close them by age).
 */
public record Article(long id, String externalId, String slug, String title, String kicker, String excerpt,
        String bodyHtml, ArticleStatus status, Author author, Instant publishedAt, Instant createdAt,
        Instant updatedAt, List<Section> sections, List<Tag> tags, int readingMinutes, int version,
        Long createdBy, Long featuredMediaId, Instant revisedAt, boolean commentsOpen) {

    public String path() {
        return ArticlePaths.of(id, slug);
    }

    public Optional<Section> primarySection() {
        return sections.stream().findFirst();
    }
}
