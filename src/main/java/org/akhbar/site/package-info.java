/**
 * The reader site's frame: site settings (name, address, headline section, time zone, date and
 * digit styles), the header every page shares, UI messages, static assets and the Arabic error
 * pages. Features render their pages inside it. May use {@code platform}, {@code text} and
 * {@code taxonomy}.
 */
package org.akhbar.site;
