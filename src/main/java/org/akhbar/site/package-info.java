/**
 * The reader site's frame: site settings (name, address, headline section, time zone, date and
 * digit styles: {@code akhbar.site.*} defaults, overridden by what an administrator stores, kept in
 * memory and re-read when the change log says so), the header every page shares, what a page says
 * of itself in its head (OpenGraph, Twitter cards, feed links, JSON-LD made safe), UI messages,
 * static assets and the Arabic error pages. Features render their pages inside it. May use
 * {@code platform}, {@code text}, {@code taxonomy} and, for its settings repository, {@code schema}.
 */
package org.akhbar.site;
