package org.akhbar.newsroom.web;

/** The site settings form, as posted; {@code hijri} is "true" when its box is ticked, absent otherwise. */
public record SettingsForm(String name, String headlineSection, String months, String digits, String hijri) {

    public boolean showsHijri() {
        return "true".equals(hijri);
    }
}
