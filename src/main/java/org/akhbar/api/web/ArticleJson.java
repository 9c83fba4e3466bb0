package org.akhbar.api.web;

import java.time.Instant;
import java.util.List;

import org.akhbar.article.Article;

/**
 * A whole article. {@code body} is the sanitised HTML as the site prints it; {@code version} is
 * what a write names to be sure it overwrites what it read ({@code 409} otherwise); {@code status}
 * is one of {@code draft, review, scheduled, published, unpublished} (the public reads only ever
 * show published ones). Sections come in order, the first being the primary one.
 */
public record ArticleJson(long id, String slug, String url, String title, String kicker, String excerpt,
        String body, String status, int version, Instant publishedAt, Instant createdAt, Instant updatedAt,
        Instant revisedAt, AuthorJson author, List<LabelJson> sections, List<LabelJson> tags, int readingMinutes,
        Long featuredMediaId) {

    static ArticleJson of(Article article, Links links) {
        return new ArticleJson(article.id(), article.slug(), links.site(article.path()), article.title(),
                article.kicker(), article.excerpt(), article.bodyHtml(), article.status().code(), article.version(),
                article.publishedAt(), article.createdAt(), article.updatedAt(), article.revisedAt(),
                AuthorJson.of(article.author(), links),
                article.sections().stream().map(s -> LabelJson.of(s, links)).toList(),
                article.tags().stream().map(t -> LabelJson.of(t, links)).toList(),
                article.readingMinutes(), article.featuredMediaId());
    }
}
