package org.akhbar.search;

import java.time.Instant;
import java.util.List;

import org.akhbar.article.Article;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;
import org.akhbar.text.Excerpts;

/** What the index keeps of a published article: the text it searches and what a result shows. */
public record IndexedArticle(long id, String externalId, String title, String excerpt, String bodyText,
        List<String> tags, List<Long> sectionIds, Instant publishedAt, String path) {

    public static IndexedArticle of(Article article) {
        return new IndexedArticle(article.id(), article.externalId(), article.title(),
                article.excerpt() == null ? "" : article.excerpt(),
                Excerpts.fromHtml(article.bodyHtml(), Integer.MAX_VALUE),
                article.tags().stream().map(Tag::name).toList(),
                article.sections().stream().map(Section::id).toList(),
                article.publishedAt(), article.path());
    }
}
