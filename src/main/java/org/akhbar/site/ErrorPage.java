package org.akhbar.site;

/** The model of the Arabic error page: which status, and the message keys that explain it. */
public record ErrorPage(Chrome chrome, int status, String titleKey, String explanationKey) {
}
