package org.akhbar.article.web;

import java.util.List;

import org.akhbar.article.ArticleSummary;
import org.akhbar.site.Chrome;

/**
 * The next batch of a list, for "اظهر المزيد" to append in place.
 *
 * @param placeUrl the address that rebuilds the list down to this batch, for the address bar
 */
public record ListingBatch(Chrome chrome, List<ArticleSummary> items, String nextUrl, String moreUrl,
        String placeUrl) {
}
