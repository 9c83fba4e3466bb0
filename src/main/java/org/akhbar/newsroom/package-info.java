/**
 * The newsroom: the staff's pages at {@code /newsroom} (sign-in and first-run setup, the article
 * list, the editor with autosave, revisions, users, sections, site settings). It holds no rules of
 * its own about articles, accounts, sections or settings: it shows forms, maps them onto the
 * {@code article}, {@code people}, {@code taxonomy} and {@code site} services and shows what they
 * answer. May use {@code platform}, {@code text}, {@code taxonomy}, {@code people}, {@code site},
 * {@code article}, {@code media} and {@code search} (the spelling equivalences).
 */
package org.akhbar.newsroom;
