package org.akhbar.article;

import java.time.Instant;
import java.time.YearMonth;

/** A calendar month (UTC) of the archive: how many published articles it has, and when one last changed. */
public record ArchiveMonth(YearMonth month, int articles, Instant lastChanged) {
}
