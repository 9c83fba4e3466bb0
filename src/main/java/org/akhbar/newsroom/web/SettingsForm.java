package org.akhbar.newsroom.web;

/**
 * The site settings form, as posted; {@code hijri} and {@code commentsApprovedAtOnce} are "true"
 * when their box is ticked, absent otherwise; {@code commentsCloseAfterDays} is a number of days as typed.
 */
public record SettingsForm(String name, String headlineSection, String months, String digits, String hijri,
        String commentsCloseAfterDays, String commentsApprovedAtOnce) {

    public boolean showsHijri() {
        return "true".equals(hijri);
    }

    public boolean approvesCommentsAtOnce() {
        return "true".equals(commentsApprovedAtOnce);
    }

    /** The days as a number; -1 (refused by the settings) when it is not one. */
    int closeAfterDays() {
        String days = commentsCloseAfterDays == null ? "" : commentsCloseAfterDays.strip();
        return days.isEmpty() ? 0 : days.matches("\\d{1,5}") ? Integer.parseInt(days) : -1;
    }
}
