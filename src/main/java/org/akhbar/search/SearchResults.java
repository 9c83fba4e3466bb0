package org.akhbar.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of results: how many articles match in all, this page's hits, the offset of the next
 * page if there is one, and a spelling to try when nothing matched and the index knows a close one.
 * Matches are counted up to {@link Searcher#MAX_RESULTS}; past it {@code total} is that number and
 * {@code totalExact} false ("more than a thousand"): counting every match of a common word would
 * cost more than finding the best ten.
 */
public record SearchResults(long total, boolean totalExact, List<Hit> hits, Optional<Integer> nextOffset,
        Optional<String> suggestion) {

    static final SearchResults NONE = new SearchResults(0, true, List.of(), Optional.empty(), Optional.empty());

    /** A found article as the index keeps it; {@code sectionIds} in the article's order. */
    public record Hit(long id, String externalId, String title, String path, Snippet snippet, Instant publishedAt,
            List<Long> sectionIds) {
    }

    /** A short passage of the article, cut into plain and highlighted parts, in order. */
    public record Snippet(List<Part> parts) {

        public record Part(String text, boolean highlighted) {
        }

        /** The passage as HTML: text escaped, matches in {@code <mark>}. */
        public String html() {
            StringBuilder html = new StringBuilder();
            for (Part part : parts) {
                String escaped = org.jsoup.nodes.Entities.escape(part.text());
                html.append(part.highlighted() ? "<mark>" + escaped + "</mark>" : escaped);
            }
            return html.toString();
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            parts.forEach(p -> text.append(p.text()));
            return text.toString();
        }
    }
}
