/**
 * What other systems pull: RSS 2.0 and Atom feeds of the site and of each section, tag and author,
 * a JSON Feed 1.1 of the site, the sitemaps search engines read (an index, the archive month by
 * month, the section and tag pages, a Google News sitemap of the last 48 hours) and
 * {@code robots.txt}. Everything is read through the {@code article} module, whose rule decides
 * what is published; sitemaps walk the archive a page at a time, so no file ever needs the whole
 * archive in memory. Its {@code web} sub-package answers the addresses. May use {@code platform},
 * {@code article}, {@code taxonomy}, {@code people}, {@code media} and {@code site}.
 */
package org.akhbar.feed;
