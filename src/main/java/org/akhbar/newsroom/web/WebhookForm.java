package org.akhbar.newsroom.web;

import java.util.List;

/** The form that registers a webhook, as posted. {@code allowPrivate} is "on" when ticked. */
public record WebhookForm(String url, List<String> events, String allowPrivate) {

    public WebhookForm {
        url = url == null ? "" : url;
        events = events == null ? List.of() : List.copyOf(events);
    }

    public boolean has(String event) {
        return events.contains(event);
    }

    public boolean privateAllowed() {
        return allowPrivate != null && !allowPrivate.isBlank();
    }
}
