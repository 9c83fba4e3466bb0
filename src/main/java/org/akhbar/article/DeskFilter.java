package org.akhbar.article;

/**
 * What the newsroom's article list shows: any of these may be null for "all". {@code titleContains}
 * matches part of the title.
 */
public record DeskFilter(ArticleStatus status, Long sectionId, Long authorId, String titleContains) {
}
