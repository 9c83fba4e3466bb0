package org.akhbar.site;

/**
 * Where feeds live: the site's at the root, a list's (section, tag, author) under the list's own
 * path. Pages link to them and the feed module answers them, both from these names.
 */
public final class FeedPaths {

    public static final String RSS = "/rss.xml";
    public static final String ATOM = "/atom.xml";
    public static final String JSON = "/feed.json";

    public static final String RSS_TYPE = "application/rss+xml";
    public static final String ATOM_TYPE = "application/atom+xml";
    public static final String JSON_TYPE = "application/feed+json";

    private FeedPaths() {
    }

    /** The RSS feed of the list at {@code listPath} ({@code /section/…}). */
    public static String rss(String listPath) {
        return listPath + RSS;
    }

    public static String atom(String listPath) {
        return listPath + ATOM;
    }
}
