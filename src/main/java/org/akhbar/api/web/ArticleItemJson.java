package org.akhbar.api.web;

import java.time.Instant;

import org.akhbar.article.ArticleSummary;

/** An article in a list: enough for a card or a link; the whole article is at {@code /api/v1/articles/{id}}. */
public record ArticleItemJson(long id, String slug, String url, String title, String kicker, String excerpt,
        Instant publishedAt, LabelJson section, String authorName) {

    static ArticleItemJson of(ArticleSummary summary, Links links) {
        return new ArticleItemJson(summary.id(), summary.slug(), links.site(summary.path()), summary.title(),
                summary.kicker(), summary.excerpt(), summary.publishedAt(), LabelJson.of(summary.section(), links),
                summary.authorName());
    }
}
