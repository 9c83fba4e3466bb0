package org.akhbar.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.akhbar.people.Staff;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, switching off and removing webhooks, and what the newsroom shows of their
 * deliveries. Each webhook gets its own random secret, shown once; it is kept as it is (signing
 * needs it), so it is only as safe as the database.
 */
@Service
public class Webhooks {

    static final String SECRET_PREFIX = "whsec_";
    static final int SHOWN_DELIVERIES = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final AddressGuard guard;
    private final Clock clock;

    Webhooks(WebhookRepository webhooks, AddressGuard guard, Clock clock) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.clock = clock;
    }

    /** A webhook just registered: {@code secret} signs its deliveries and is shown this once. */
    public record Registered(long id, String secret) {
    }

    @Transactional
    public Registered register(String url, Set<WebhookEvent> events, boolean allowPrivate, Staff administrator) {
        List<Problem> problems = new ArrayList<>();
        guard.refusal(url, allowPrivate).ifPresent(key -> problems.add(new Problem("url", key)));
        if (events.isEmpty()) {
            problems.add(new Problem("events", "webhooks.error.events"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = webhooks.insert(url.strip(), secret, events, allowPrivate, administrator.id(), clock.instant());
        return new Registered(id, secret);
    }

    public List<Webhook> findAll() {
        return webhooks.findAll();
    }

    public Optional<Webhook> find(long id) {
        return webhooks.findById(id);
    }

    /** The latest deliveries, newest first, with every attempt. */
    public List<Delivery> deliveries(long webhookId) {
        return webhooks.findDeliveries(webhookId, SHOWN_DELIVERIES);
    }

    /** Switched off, a webhook is sent nothing more, and what it still had to receive is given up. */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        if (enabled) {
            webhooks.setDisabled(id, null);
        } else {
            webhooks.setDisabled(id, clock.instant());
            webhooks.abandonPending(id, clock.instant());
        }
    }

    @Transactional
    public void delete(long id) {
        webhooks.delete(id);
    }
}
