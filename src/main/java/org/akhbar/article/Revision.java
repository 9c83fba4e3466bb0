package org.akhbar.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as one save left it. {@code version} is the article's version after that save;
 * {@code savedBy} the account (null for imports and the publishing job), {@code savedByName} its
 * display name.
 */
public record Revision(long id, long articleId, int version, RevisionKind kind, String title, String slug,
        String kicker, String excerpt, String bodyHtml, List<String> sections, List<String> tags, String author,
        ArticleStatus status, Instant publishedAt, Long featuredMediaId, Long savedBy, String savedByName,
        Instant savedAt) {
}
