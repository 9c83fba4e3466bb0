package org.akhbar.newsroom.web;

import java.util.List;

/** The first-run setup page's model. */
public record SetupPage(NewsroomChrome chrome, SetupForm form, List<FormProblem> problems) {
}
