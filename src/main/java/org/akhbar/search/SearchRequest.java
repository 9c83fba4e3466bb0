package org.akhbar.search;

import java.time.Instant;

/**
 * A search as asked: the reader's text, optional filters (a section, a publish-time range, either
 * end open), the order and one page of results, {@code offset} results in.
 */
public record SearchRequest(String text, Long sectionId, Instant from, Instant to, Order order, int offset,
        int limit) {

    public enum Order {
        RELEVANCE, DATE
    }
}
