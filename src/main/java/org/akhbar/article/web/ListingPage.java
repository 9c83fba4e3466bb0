package org.akhbar.article.web;

import java.util.List;

import org.akhbar.article.ArticleSummary;
import org.akhbar.site.Chrome;
import org.akhbar.site.PageMeta;

/**
 * A newest-first list page (section, tag, author).
 *
 * @param nextUrl the next page as a plain link (works without JavaScript); null at the end
 * @param moreUrl the next batch as a fragment for "اظهر المزيد" to append; null at the end
 * @param continued whether this page starts below the newest articles (then it links to the first page)
 */
public record ListingPage(Chrome chrome, String heading, String currentSlug, String path, String canonicalUrl,
        List<ArticleSummary> items, String nextUrl, String moreUrl, boolean continued, PageMeta meta) {
}
