package org.akhbar.comment;

import java.time.Instant;

/**
 * What comments need to know of an article: its title and page, when it was published and whether
 * the newsroom left it open to comments ({@code openByEditor}; the site may still close it by age).
 */
public record CommentTarget(long articleId, String title, String path, Instant publishedAt, boolean openByEditor) {
}
