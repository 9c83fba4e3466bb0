package org.akhbar.search.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.akhbar.platform.BadRequestException;
import org.akhbar.search.SearchRequest;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;

/**
 * Reads the parameters the search page and the search API share; anything it cannot read is a 400
 * with an Arabic message, never a 500. Dates are days in the site's time zone, {@code to} inclusive.
 */
final class SearchParameters {

    static final int MAX_LIMIT = 50;

    private SearchParameters() {
    }

    static String query(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > org.akhbar.search.Searcher.MAX_QUERY_LENGTH) {
            throw new BadRequestException("search.error.too-long", "Query longer than "
                    + org.akhbar.search.Searcher.MAX_QUERY_LENGTH);
        }
        return text;
    }

    static Section section(SectionMenu sections, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return sections.bySlug(slug.strip())
                .orElseThrow(() -> new BadRequestException("search.error.section", "No section " + slug));
    }

    static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("search.error.date", "Not a date: " + value);
        }
    }

    static SearchRequest.Order order(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("relevance")) {
            return SearchRequest.Order.RELEVANCE;
        }
        if (sort.equals("date")) {
            return SearchRequest.Order.DATE;
        }
        throw new BadRequestException("search.error.sort", "Unknown order: " + sort);
    }

    /** The cursor of a further page: the number of results before it. */
    static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursor.strip());
            if (offset < 0 || offset > org.akhbar.search.Searcher.MAX_RESULTS) {
                throw new NumberFormatException(cursor);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new BadRequestException("error.bad-cursor", "Malformed cursor: " + cursor);
        }
    }

    static int limit(String limit, int byDefault) {
        if (limit == null || limit.isBlank()) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n < 1 || n > MAX_LIMIT) {
                throw new NumberFormatException(limit);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException("search.error.limit", "Limit out of 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    static SearchRequest request(String text, Section section, LocalDate from, LocalDate to, SearchRequest.Order order,
            int offset, int limit, ZoneId zone) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("search.error.date-range", "The range ends before it starts");
        }
        return new SearchRequest(text, section == null ? null : section.id(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1),
                order, offset, limit);
    }
}
