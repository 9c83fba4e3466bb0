package org.akhbar.feed;

import org.akhbar.platform.NotFoundException;

/** A sitemap file the index does not list: a month without articles, a part or group beyond the last. */
public class SitemapNotFoundException extends NotFoundException {

    public SitemapNotFoundException(String name) {
        super("No sitemap " + name);
    }
}
