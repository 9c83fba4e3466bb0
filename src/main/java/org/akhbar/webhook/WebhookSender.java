package org.akhbar.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.akhbar.platform.BackgroundLoop;
import org.akhbar.platform.ContentChanged;
import org.akhbar.schema.tables.records.WebhookDeliveryRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: every {@code akhbar.webhooks.poll-interval}, and at once when a change is
 * committed on this node. Each node runs one; a delivery is claimed before it is sent (see
 * {@link WebhookRepository#claim}), so two nodes never send the same attempt. A failed attempt (no
 * answer, or anything but 2xx: redirects are not followed) is tried again after
 * {@code retry-base}, doubling each time up to an hour, until {@code max-attempts} have been made.
 * Every attempt is logged with its status and the start of the answer.
 */
@Component
@ConditionalOnBooleanProperty(name = "akhbar.webhooks.sending", matchIfMissing = true)
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final int RESPONSE_KEPT = 2000;
    private static final int BATCH = 20;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final WebhookRepository webhooks;
    private final AddressGuard guard;
    private final Clock clock;
    private final Duration retryBase;
    private final int maxAttempts;
    private final Duration timeout;
    private final HttpClient client;
    private final BackgroundLoop loop;

    WebhookSender(WebhookRepository webhooks, AddressGuard guard, Clock clock,
            @Value("${akhbar.webhooks.poll-interval:5s}") Duration pollInterval,
            @Value("${akhbar.webhooks.retry-base:30s}") Duration retryBase,
            @Value("${akhbar.webhooks.max-attempts:8}") int maxAttempts,
            @Value("${akhbar.webhooks.timeout:10s}") Duration timeout) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.clock = clock;
        this.retryBase = retryBase;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.loop = new BackgroundLoop("webhook-sender", pollInterval, log,
                "Sending webhooks failed; trying again at the next poll");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** A change committed here may have recorded deliveries: look now rather than at the next poll. */
    @EventListener
    void on(ContentChanged changed) {
        loop.wakeUp();
    }

    /** Sends what is due now; returns how many attempts were made. */
    int sendDue() {
        int sent = 0;
        List<WebhookRepository.Due> due;
        do {
            due = webhooks.findDue(clock.instant(), BATCH);
            // In parallel, so one slow receiver does not hold up the others' deliveries.
            try (ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor()) {
                for (WebhookRepository.Due delivery : due) {
                    // The lease outlasts the longest attempt; if this node dies, another retries after it.
                    if (webhooks.claim(delivery, clock.instant().plus(timeout.multipliedBy(3)))) {
                        attempts.execute(() -> attempt(delivery.id()));
                        sent++;
                    }
                }
            }
        } while (due.size() == BATCH && loop.isRunning());
        return sent;
    }

    private void attempt(long deliveryId) {
        Optional<WebhookDeliveryRecord> found = webhooks.findDelivery(deliveryId);
        if (found.isEmpty()) {
            return;   // its webhook was deleted meanwhile
        }
        WebhookDeliveryRecord delivery = found.get();
        Instant started = clock.instant();
        Optional<WebhookRepository.Target> target = webhooks.findEnabledTarget(delivery.getWebhookId());
        Delivery.Attempt attempt;
        if (target.isEmpty()) {
            webhooks.afterAttempt(deliveryId, delivery.getAttempts(), null, null, started);
            return;
        }
        Optional<String> refused = guard.refusal(target.get().url(), target.get().allowPrivate());
        if (refused.isPresent()) {
            attempt = new Delivery.Attempt(started, null, null, "refused: " + refused.get(), 0);
        } else {
            attempt = post(target.get(), delivery, started);
        }
        webhooks.recordAttempt(deliveryId, attempt);
        int attempts = delivery.getAttempts() + 1;
        Instant now = clock.instant();
        boolean delivered = attempt.statusCode() != null && attempt.statusCode() / 100 == 2;
        if (delivered) {
            webhooks.afterAttempt(deliveryId, attempts, now, null, null);
        } else if (attempts >= maxAttempts) {
            webhooks.afterAttempt(deliveryId, attempts, null, null, now);
            log.info("Gave up webhook delivery {} after {} attempts", deliveryId, attempts);
        } else {
            webhooks.afterAttempt(deliveryId, attempts, null, now.plus(backoff(attempts)), null);
        }
    }

    /** The wait after the n-th failed attempt: the base, doubled for each attempt before, at most an hour. */
    Duration backoff(int failedAttempts) {
        Duration wait = retryBase.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private Delivery.Attempt post(WebhookRepository.Target target, WebhookDeliveryRecord delivery, Instant started) {
        long timestamp = started.getEpochSecond();
        String body = delivery.getPayload();
        long t0 = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.url().strip()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Akhbar-Webhooks/1")
                    .header("X-Akhbar-Event", delivery.getEvent())
                    .header("X-Akhbar-Delivery", Long.toString(delivery.getId()))
                    .header(Signature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(Signature.HEADER, Signature.sign(target.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(RESPONSE_KEPT * 4), StandardCharsets.UTF_8);
            }
            return new Delivery.Attempt(started, response.statusCode(), truncate(answer, RESPONSE_KEPT), null, millisSince(t0));
        } catch (IOException | IllegalArgumentException e) {
            return new Delivery.Attempt(started, null, null, truncate(e.getClass().getSimpleName() + ": " + e.getMessage(), 1000),
                    millisSince(t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Attempt(started, null, null, "interrupted", millisSince(t0));
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public void start() {
        loop.start(this::sendDue);
    }

    @Override
    public void stop() {
        loop.stop(timeout.plusSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
