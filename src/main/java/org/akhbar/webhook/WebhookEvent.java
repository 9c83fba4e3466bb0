package org.akhbar.webhook;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a webhook can be told of. */
public enum WebhookEvent {
    ARTICLE_PUBLISHED("published"),
    ARTICLE_UPDATED("updated"),
    ARTICLE_UNPUBLISHED("unpublished");

    private final String code;

    WebhookEvent(String action) {
        this.code = "article." + action;
    }

    /** The name in the payload and the {@code X-Akhbar-Event} header. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "webhooks.event." + code.replace('.', '-');
    }

    public static Optional<WebhookEvent> parse(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    static String format(Collection<WebhookEvent> events) {
        return events.stream().sorted().map(WebhookEvent::code).collect(Collectors.joining(" "));
    }

    static Set<WebhookEvent> read(String stored) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String code : stored.split(" ")) {
            parse(code).ifPresent(events::add);
        }
        return events;
    }
}
