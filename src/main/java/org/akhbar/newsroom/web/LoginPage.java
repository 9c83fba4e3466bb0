package org.akhbar.newsroom.web;

/** The sign-in page's model: a message to show, and whether it reports a problem. */
public record LoginPage(NewsroomChrome chrome, String messageKey, boolean problem) {
}
