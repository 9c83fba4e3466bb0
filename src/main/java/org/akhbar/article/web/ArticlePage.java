package org.akhbar.article.web;

import java.util.List;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleNote;
import org.akhbar.comment.CommentSection;
import org.akhbar.media.MediaImage;
import org.akhbar.article.ArticleSummary;
import org.akhbar.site.Chrome;

/**
 * The model of the article page, everything computed: the template only prints it. {@code preview}:
 * shown through a preview link, perhaps not public. {@code comments}: the thread and the form (null
 * on a preview).
 */
public record ArticlePage(Chrome chrome, Article article, String canonicalUrl, String date, String isoDate,
        String hijri, String readingTime, List<BodyBlock> body, List<ArticleSummary> related,
        List<ShareLink> share, List<ArticleNote> notes, String revisedAt, MediaImage featured,
        boolean preview, CommentSection comments) {

    /** A piece of the body: sanitised HTML as stored, or the "اقرأ أيضاً" card of a published article. */
    public sealed interface BodyBlock {
        record Html(String html) implements BodyBlock {
        }

        record ReadAlso(ArticleSummary target) implements BodyBlock {
        }
    }

    /** A link that shares the article on another service; {@code service} names its message key. */
    public record ShareLink(String service, String url) {
    }
}
