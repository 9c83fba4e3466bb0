package org.akhbar.transfer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a WordPress import did: for each kind of thing (authors, sections, tags, attachments,
 * articles, comments), how many were created, updated and skipped; each skip with the line of the
 * export it came from and why; the shortcodes left as text, with how many posts had each.
 */
public record WordPressReport(Map<String, Tally> tallies, List<ImportReport.Skip> skipped,
        Map<String, Integer> unknownShortcodes, long redirects, Duration took) {

    /** Counts of one kind. */
    public record Tally(long created, long updated, long skipped) {

        Tally plus(Tally other) {
            return new Tally(created + other.created, updated + other.updated, skipped + other.skipped);
        }
    }

    public Tally tally(String kind) {
        return tallies.getOrDefault(kind, new Tally(0, 0, 0));
    }
}
