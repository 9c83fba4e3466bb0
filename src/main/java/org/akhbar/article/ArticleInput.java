package org.akhbar.article;

import java.time.Instant;
import java.util.List;

/**
 * What a writer or an import supplies for an article. Sections, tags and the author are names,
 * created when missing; the first section is the primary one. {@code bodyHtml} is untrusted and is
 * sanitised on save; an embedded "اقرأ أيضاً" card is {@code <aside data-article-id="ID">} or
 * {@code <aside data-article-external-id="EXTERNAL-ID">}, an image from the media library
 * {@code <figure><img data-media-id="ID"><figcaption>caption<small>credit</small></figcaption></figure>}.
 *
 * @param slug null or blank: made from the title
 * @param excerpt null or blank: made from the body
 * @param publishedAt null: now
 * @param featuredMediaId null: no featured image
 * @param commentsOpen whether readers may comment; null: as it is (open for a new article)
 */
public record ArticleInput(String externalId, String title, String slug, String kicker, String excerpt,
        String bodyHtml, List<String> sections, List<String> tags, String author, Instant publishedAt,
        ArticleStatus status, Long featuredMediaId, Boolean commentsOpen) {

    public ArticleInput {
        sections = sections == null ? List.of() : List.copyOf(sections);
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? ArticleStatus.PUBLISHED : status;
    }

    public ArticleInput(String externalId, String title, String slug, String kicker, String excerpt,
            String bodyHtml, List<String> sections, List<String> tags, String author, Instant publishedAt,
            ArticleStatus status) {
        this(externalId, title, slug, kicker, excerpt, bodyHtml, sections, tags, author, publishedAt, status, null, null);
    }

    public ArticleInput(String externalId, String title, String slug, String kicker, String excerpt,
            String bodyHtml, List<String> sections, List<String> tags, String author, Instant publishedAt,
            ArticleStatus status, Long featuredMediaId) {
        this(externalId, title, slug, kicker, excerpt, bodyHtml, sections, tags, author, publishedAt, status,
                featuredMediaId, null);
    }

    public ArticleInput withStatus(ArticleStatus newStatus) {
        return new ArticleInput(externalId, title, slug, kicker, excerpt, bodyHtml, sections, tags, author,
                publishedAt, newStatus, featuredMediaId, commentsOpen);
    }
}
