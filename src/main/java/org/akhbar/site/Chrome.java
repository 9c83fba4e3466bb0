package org.akhbar.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.akhbar.taxonomy.Section;
import org.akhbar.text.ArabicDates;

/**
 * What every reader page shares: the header (site name, today's date, the sections menu), the UI
 * messages, date formatting in the site's style and the addresses of the static assets.
 * {@code settings} holds what administrators change (the name among them); {@code site} what only
 * the operator sets (the address, the description).
 */
public record Chrome(SiteSettings settings, SiteProperties site, String today, List<Section> menu, Messages t,
        ArabicDates dates, String stylesheet, String script, String icon) {

    public String date(Instant instant) {
        return dates.date(instant);
    }

    public String dateTime(Instant instant) {
        return dates.dateTime(instant);
    }

    public String isoDate(Instant instant) {
        return dates.isoDate(instant);
    }

    /** Date and time with the site's offset, to the second ({@code 2026-11-29T09:30:00+03:00}), for machines. */
    public String isoDateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(site.zone()).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The Hijri date, or "" when the site does not show it. */
    public String hijri(Instant instant) {
        return settings.hijri() ? dates.hijri(instant) : "";
    }

    public String absolute(String path) {
        return site.absolute(path);
    }
}
