/**
 * Articles: what they are, the rules for saving them (validation, sanitised HTML, slugs, the
 * change log) and every query that reads them, including the keyset-paged listings of the reader
 * site. Its {@code web} sub-package holds the reader pages. May use {@code platform}, {@code text},
 * {@code taxonomy}, {@code people} and {@code site}.
 */
package org.akhbar.article;
