/**
 * Articles: what they are, the rules for saving them (validation, sanitised HTML, slugs, the
 * change log), the newsroom's workflow over them (who may move an article where, revisions,
 * correction notes, scheduled publishing, preview links) and every query that reads them,
 * including the keyset-paged listings of the reader site and the archive walks the sitemaps make
 * (a month at a time, counted by one grouped query). Its {@code web} sub-package holds the reader
 * pages and the metadata they give search engines and shares. May use {@code platform}, {@code text}, {@code taxonomy}, {@code people},
 * {@code site} and {@code media}.
 */
package org.akhbar.article;
