package org.akhbar.article;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.akhbar.comment.CommentTarget;
import org.akhbar.comment.CommentTargets;
import org.springframework.stereotype.Component;

/** Articles as the comment module sees them: published ones through the reader's cache. */
@Component
public class ArticleCommentTargets implements CommentTargets {

    private final ArticleReader reader;
    private final ArticleRepository articles;

    ArticleCommentTargets(ArticleReader reader, ArticleRepository articles) {
        this.reader = reader;
        this.articles = articles;
    }

    public static CommentTarget of(Article article) {
        return new CommentTarget(article.id(), article.title(), article.path(), article.publishedAt(),
                article.commentsOpen());
    }

    @Override
    public Optional<CommentTarget> published(long articleId) {
        return reader.article(articleId).map(ArticleCommentTargets::of);
    }

    @Override
    public Optional<CommentTarget> any(long articleId) {
        return articles.findById(articleId).map(ArticleCommentTargets::of);
    }

    @Override
    public Set<Long> existing(Collection<Long> articleIds) {
        return articles.findExistingIds(articleIds);
    }
}
