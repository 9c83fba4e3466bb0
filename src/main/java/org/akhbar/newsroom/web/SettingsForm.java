package org.akhbar.newsroom.web;

/**
 * The site settings form, as posted; {@code hijri} and {@code feedFullContent} are "true" when
 * their box is ticked, absent otherwise.
 */
public record SettingsForm(String name, String headlineSection, String months, String digits, String hijri,
        String feedFullContent, String publisherLogo) {

    public boolean showsHijri() {
        return "true".equals(hijri);
    }

    public boolean feedsFullContent() {
        return "true".equals(feedFullContent);
    }
}
