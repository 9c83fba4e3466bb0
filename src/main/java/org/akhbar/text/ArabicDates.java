package org.akhbar.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * Formats instants as Arabic dates for one site: its month names, its digits and
 * its time zone. Immutable and thread-safe; build one per site and share it.
 *
 * <p>Dates are computed in the site's zone, never the server's: an article
 * published at 23:30 UTC is already "tomorrow" for a reader in Riyadh.
 */
public final class ArabicDates {

    private static final char SPACE = ' ';
    private static final String TIME_SEPARATOR = " - ";
    // "هـ": heh followed by tatweel, so the abbreviation does not read as a lone
    // letter. Written with escapes because the tatweel is invisible in editors.
    private static final String HIJRI_SUFFIX = "\u0647\u0640";

    private final MonthStyle months;
    private final DigitStyle digits;
    private final ZoneId zone;

    public ArabicDates(MonthStyle months, DigitStyle digits, ZoneId zone) {
        this.months = Objects.requireNonNull(months, "months");
        this.digits = Objects.requireNonNull(digits, "digits");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public MonthStyle months() {
        return months;
    }

    public DigitStyle digits() {
        return digits;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "29 نوفمبر 2026": day without leading zero, month name, year. */
    public String date(Instant t) {
        return date(zoned(t).toLocalDate());
    }

    /** "الأحد 29 نوفمبر 2026". */
    public String dateWithWeekday(Instant t) {
        LocalDate day = zoned(t).toLocalDate();
        return ArabicWeekdays.name(day.getDayOfWeek()) + SPACE + date(day);
    }

    /** "29 نوفمبر 2026 - 14:05", 24-hour clock, hours and minutes on two digits. */
    public String dateTime(Instant t) {
        ZonedDateTime local = zoned(t);
        String time = twoDigits(local.getHour()) + ':' + twoDigits(local.getMinute());
        return date(local.toLocalDate()) + TIME_SEPARATOR + digits.apply(time);
    }

    /**
     * "19 جمادى الآخرة 1448 هـ" in the Umm al-Qura calendar of the JDK, for the
     * site-local day. Returns "" outside the calendar's range (1300–1600 AH,
     * roughly 1882–2174) because a page must render even for odd dates.
     */
    public String hijri(Instant t) {
        Objects.requireNonNull(t, "t");
        try {
            HijrahDate hijri = HijrahDate.from(zoned(t).toLocalDate());
            return digits.apply(String.valueOf(hijri.get(ChronoField.DAY_OF_MONTH)))
                    + SPACE + HijriMonths.name(hijri.get(ChronoField.MONTH_OF_YEAR))
                    + SPACE + digits.apply(String.valueOf(hijri.get(ChronoField.YEAR)))
                    + SPACE + HIJRI_SUFFIX;
        } catch (DateTimeException outOfRange) {
            return "";
        }
    }

    /** "2026-11-29" in the site's zone, always Western digits: it is for machines ({@code <time datetime>}). */
    public String isoDate(Instant t) {
        return zoned(t).toLocalDate().toString();
    }

    private ZonedDateTime zoned(Instant t) {
        return Objects.requireNonNull(t, "t").atZone(zone);
    }

    private String date(LocalDate day) {
        return digits.apply(String.valueOf(day.getDayOfMonth()))
                + SPACE + months.monthName(day.getMonth())
                + SPACE + digits.apply(String.valueOf(day.getYear()));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArabicDates other
                && months == other.months && digits == other.digits && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(months, digits, zone);
    }

    @Override
    public String toString() {
        return "ArabicDates[" + months + ", " + digits + ", " + zone + "]";
    }
}
