package org.akhbar.feed;

import java.time.Instant;
import java.util.List;

/**
 * One article in a feed.
 *
 * @param id a permanent id: the article's short address, which survives a change of slug
 * @param summary the excerpt, plain text; null if the article has none
 * @param contentHtml the whole body with absolute addresses, when the site puts full text in feeds; else null
 * @param categories its sections, then its tags
 * @param image its featured image; null for none
 */
public record FeedEntry(String id, String url, String title, String summary, String contentHtml,
        Instant published, Instant updated, String authorName, String authorUrl, List<String> categories,
        FeedImage image) {

    public FeedEntry {
        categories = List.copyOf(categories);
    }

    /**
     * The image a feed reader shows with the entry: the featured image's largest file.
     *
     * @param length its size in bytes when known (a GIF's original), 0 otherwise, as RSS asks
     */
    public record FeedImage(String url, String type, int width, int height, long length, String alt) {
    }
}
