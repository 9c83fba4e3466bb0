package org.akhbar.api.web;

import org.akhbar.people.Author;

/** An author as bylines show them, with their page on the site. */
public record AuthorJson(long id, String slug, String name, String bio, String url) {

    static AuthorJson of(Author author, Links links) {
        return author == null ? null
                : new AuthorJson(author.id(), author.slug(), author.name(), author.bio(), links.site(author.path()));
    }
}
