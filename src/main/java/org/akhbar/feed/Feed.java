package org.akhbar.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed, whatever its format: everything computed, absolute addresses only.
 *
 * @param path the list's path ("" for the whole site); its feeds live under it
 * @param homeUrl the page the feed follows
 * @param updated when the newest entry last changed (or when content last changed, for an empty feed)
 * @param logo the publisher's logo, absolute; null when the site uses its icon
 * @param icon the site's icon, absolute
 */
public record Feed(String path, String title, String description, String homeUrl, Instant updated,
        String siteName, String logo, String icon, List<FeedEntry> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }
}
