package org.akhbar.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One event sent (or to be sent) to one webhook, with every attempt made. Pending while
 * {@code nextAttemptAt} is set; then either delivered or given up ({@code failedAt}).
 */
public record Delivery(long id, long webhookId, String event, long articleId, String payload, Instant createdAt,
        int attempts, Instant nextAttemptAt, Instant deliveredAt, Instant failedAt, List<Attempt> history) {

    public String state() {
        return deliveredAt != null ? "delivered" : failedAt != null ? "failed" : "pending";
    }

    /**
     * One try: the receiver's status code and the start of its answer, or (status null) why there
     * was no answer.
     */
    public record Attempt(Instant attemptedAt, Integer statusCode, String responseBody, String error, long durationMillis) {
    }
}
