package org.akhbar.site;

import java.util.List;

/**
 * What a reader page says about itself to search engines, share previews and feed readers: the
 * OpenGraph and Twitter card fields, the feeds it offers besides the site's own, and its
 * schema.org JSON-LD. The layout prints it in the page's head.
 *
 * @param type the OpenGraph type: {@code website} or {@code article}
 * @param title the page's own title, without the site's name
 * @param description a sentence or two; null for none
 * @param url the page's canonical, absolute address
 * @param image the picture a share shows; null for none
 * @param publishedTime ISO-8601 with offset, for {@code article:published_time}; null on other pages
 * @param modifiedTime the same for {@code article:modified_time}; null for none
 * @param feeds feeds of this page's own list (the site's feeds are on every page anyway)
 * @param jsonLd the schema.org description, already made safe to print; null for none
 */
public record PageMeta(String type, String title, String description, String url, Image image,
        String publishedTime, String modifiedTime, List<FeedLink> feeds, JsonLd jsonLd) {

    public PageMeta {
        feeds = List.copyOf(feeds);
    }

    /** A page that is not an article: a home page, a list. */
    public static PageMeta website(String title, String description, String url, List<FeedLink> feeds) {
        return new PageMeta("website", title, description, url, null, null, null, feeds, null);
    }

    /** An image as shares show it: an absolute address and its size in pixels. */
    public record Image(String url, int width, int height, String alt) {
    }

    /**
     * A feed offered with {@code <link rel="alternate">}.
     *
     * @param type its media type ({@code application/rss+xml} …)
     */
    public record FeedLink(String type, String title, String href) {
    }
}
