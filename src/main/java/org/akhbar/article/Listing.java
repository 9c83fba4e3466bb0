package org.akhbar.article;

/** Which newest-first list of published articles: the whole site, a section, a tag or an author. */
public sealed interface Listing {

    record Latest() implements Listing {
    }

    record InSection(long sectionId) implements Listing {
    }

    record Tagged(long tagId) implements Listing {
    }

    record ByAuthor(long authorId) implements Listing {
    }

    static Listing latest() {
        return new Latest();
    }
}
