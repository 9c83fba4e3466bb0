package org.akhbar.search.web;

import java.util.List;

import org.akhbar.search.SearchResults.Snippet;
import org.akhbar.site.Chrome;
import org.akhbar.taxonomy.Section;

/**
 * The search page's model. {@code searched}: a query was run (else only the form shows, with
 * {@code messageKey} saying why if the input was refused); {@code totalExact}: false when more
 * articles match than were counted; {@code building}: the index is still being built, so results
 * may be missing.
 */
public record SearchPage(Chrome chrome, String query, String sectionSlug, String from, String to, String sort,
        List<Section> sections, boolean searched, long total, boolean totalExact, List<Result> results, String nextUrl,
        String suggestion, String suggestionUrl, String messageKey, boolean building) {

    /** One found article as the page lists it. */
    public record Result(String title, String path, String date, String isoDate, List<Section> sections,
            Snippet snippet) {
    }

    public boolean sortedByDate() {
        return "date".equals(sort);
    }
}
