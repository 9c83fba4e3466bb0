/**
 * The newsroom: the staff's pages at {@code /newsroom} (sign-in and first-run setup, the article
 * list, the editor with autosave, revisions, users, sections, site settings, comment moderation,
 * spelling equivalences for search, API tokens and webhooks). It holds no rules of its own about
 * articles, accounts, sections, settings or comments: it shows forms, maps them onto the
 * {@code article}, {@code people}, {@code taxonomy}, {@code site} and {@code comment} services and
 * shows what they answer. May use {@code platform}, {@code text}, {@code taxonomy}, {@code people},
 * {@code site}, {@code article}, {@code media}, {@code comment}, {@code search} (the spelling
 * equivalences), {@code api} (its tokens page) and {@code webhook} (its webhooks pages).
 */
package org.akhbar.newsroom;
