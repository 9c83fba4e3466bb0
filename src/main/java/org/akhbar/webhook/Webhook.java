package org.akhbar.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A registered address. {@code allowPrivate}: an administrator allowed private, loopback and
 * link-local addresses for it. The secret is not part of it: it is shown once, when registered.
 */
public record Webhook(long id, String url, Set<WebhookEvent> events, boolean allowPrivate, Instant createdAt,
        Instant disabledAt) {

    public boolean enabled() {
        return disabledAt == null;
    }
}
