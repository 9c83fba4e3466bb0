package org.akhbar.newsroom.web;

import java.util.List;

/** The spellings page's model: the text in the box (as saved, or as typed when refused). */
public record SpellingsPage(NewsroomChrome chrome, String spellings, List<FormProblem> problems, String messageKey) {
}
