/**
 * Articles: what they are, the rules for saving them (validation, sanitised HTML, slugs, the
 * change log), the newsroom's workflow over them (who may move an article where, revisions,
 * correction notes, scheduled publishing, preview links) and every query that reads them,
 * including the keyset-paged listings of the reader site and the archive walks the sitemaps make
 * (a month at a time, counted by one grouped query). Its {@code web} sub-package holds the reader
 * pages (the article page shows the {@code comment} module's thread and form) and the metadata they
 * give search engines and shares. Answers the comment module's questions about articles
 * ({@code ArticleCommentTargets}). May use {@code platform}, {@code text}, {@code taxonomy},
 * {@code people}, {@code site}, {@code media} and {@code comment}.
 */
package org.akhbar.article;
