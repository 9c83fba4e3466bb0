package org.akhbar.transfer;

import java.time.Duration;
import java.util.List;

/** What an import did: counts, and each skipped line with its reason (already a readable message). */
public record ImportReport(long lines, long created, long updated, List<Skip> skipped, Duration took) {

    public record Skip(long line, String reason) {
    }

    public long saved() {
        return created + updated;
    }
}
