package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.taxonomy.Section;

/**
 * The site settings page's model. {@code unknownHeadline} is the headline section the settings
 * name but no section has (yet), offered so that saving the form does not lose it; null if none.
 */
public record SettingsPage(NewsroomChrome chrome, SettingsForm form, List<Section> sections, String unknownHeadline,
        List<Choice> months, List<Choice> digits, String hijriExample, List<FormProblem> problems, String messageKey) {

    /** One style on offer: the value posted, the code its label's key ends with, a date written in it. */
    public record Choice(String value, String code, String example) {
    }

    public boolean problemFor(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
