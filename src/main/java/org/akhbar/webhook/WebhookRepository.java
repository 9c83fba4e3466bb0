package org.akhbar.webhook;

import static org.akhbar.schema.Tables.WEBHOOK;
import static org.akhbar.schema.Tables.WEBHOOK_ATTEMPT;
import static org.akhbar.schema.Tables.WEBHOOK_DELIVERY;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.akhbar.schema.tables.records.WebhookDeliveryRecord;
import org.akhbar.schema.tables.records.WebhookRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about webhooks, their deliveries and the attempts made. */
@Repository
class WebhookRepository {

    private final DSLContext db;

    WebhookRepository(DSLContext db) {
        this.db = db;
    }

    // ---- webhooks ------------------------------------------------------------------------------

    long insert(String url, String secret, Set<WebhookEvent> events, boolean allowPrivate, long createdBy, Instant now) {
        return db.insertInto(WEBHOOK)
                .set(WEBHOOK.URL, url)
                .set(WEBHOOK.SECRET, secret)
                .set(WEBHOOK.EVENTS, WebhookEvent.format(events))
                .set(WEBHOOK.ALLOW_PRIVATE, allowPrivate ? 1 : 0)
                .set(WEBHOOK.CREATED_BY, createdBy)
                .set(WEBHOOK.CREATED_AT, now)
                .returning(WEBHOOK.ID)
                .fetchOne()
                .getId();
    }

    List<Webhook> findAll() {
        return db.selectFrom(WEBHOOK).orderBy(WEBHOOK.ID.desc()).fetch(WebhookRepository::toWebhook);
    }

    Optional<Webhook> findById(long id) {
        return db.selectFrom(WEBHOOK).where(WEBHOOK.ID.eq(id)).fetchOptional(WebhookRepository::toWebhook);
    }

    /** What a sender needs: where, with which secret, and whether private addresses are allowed. */
    record Target(String url, String secret, boolean allowPrivate) {
    }

    Optional<Target> findEnabledTarget(long id) {
        return db.select(WEBHOOK.URL, WEBHOOK.SECRET, WEBHOOK.ALLOW_PRIVATE).from(WEBHOOK)
                .where(WEBHOOK.ID.eq(id).and(WEBHOOK.DISABLED_AT.isNull()))
                .fetchOptional(r -> new Target(r.value1(), r.value2(), r.value3() == 1));
    }

    /** Every enabled webhook's id and events (few: read on each article change, in the writer's transaction). */
    Map<Long, Set<WebhookEvent>> findEnabledSubscriptions() {
        return db.select(WEBHOOK.ID, WEBHOOK.EVENTS).from(WEBHOOK).where(WEBHOOK.DISABLED_AT.isNull())
                .fetchMap(r -> r.value1(), r -> WebhookEvent.read(r.value2()));
    }

    boolean setDisabled(long id, Instant disabledAt) {
        return db.update(WEBHOOK).set(WEBHOOK.DISABLED_AT, disabledAt).where(WEBHOOK.ID.eq(id)).execute() == 1;
    }

    /** Gives up what a webhook still had to send (it was disabled): nothing old arrives if it is enabled again. */
    void abandonPending(long webhookId, Instant now) {
        db.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.FAILED_AT, now).setNull(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)
                .where(WEBHOOK_DELIVERY.WEBHOOK_ID.eq(webhookId).and(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.isNotNull()))
                .execute();
    }

    boolean delete(long id) {
        return db.deleteFrom(WEBHOOK).where(WEBHOOK.ID.eq(id)).execute() == 1;
    }

    private static Webhook toWebhook(WebhookRecord r) {
        return new Webhook(r.getId(), r.getUrl(), WebhookEvent.read(r.getEvents()), r.getAllowPrivate() == 1,
                r.getCreatedAt(), r.getDisabledAt());
    }

    // ---- deliveries ----------------------------------------------------------------------------

    void insertDelivery(long webhookId, WebhookEvent event, long articleId, String payload, Instant now) {
        db.insertInto(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.WEBHOOK_ID, webhookId)
                .set(WEBHOOK_DELIVERY.EVENT, event.code())
                .set(WEBHOOK_DELIVERY.ARTICLE_ID, articleId)
                .set(WEBHOOK_DELIVERY.PAYLOAD, payload)
                .set(WEBHOOK_DELIVERY.CREATED_AT, now)
                .set(WEBHOOK_DELIVERY.ATTEMPTS, 0)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    /** Deliveries whose next attempt is due, the longest waiting first. */
    List<Due> findDue(Instant now, int limit) {
        return db.select(WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT).from(WEBHOOK_DELIVERY)
                .where(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                .orderBy(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERY.ID)
                .limit(limit)
                .fetch(r -> new Due(r.value1(), r.value2()));
    }

    record Due(long id, Instant nextAttemptAt) {
    }

    /**
     * Takes a due delivery for this sender by moving its next attempt to {@code leaseUntil}, only if
     * no other sender moved it first. A sender that dies mid-attempt leaves it due again at the end
     * of the lease.
     */
    boolean claim(Due due, Instant leaseUntil) {
        return db.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, leaseUntil)
                .where(WEBHOOK_DELIVERY.ID.eq(due.id()).and(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.eq(due.nextAttemptAt())))
                .execute() == 1;
    }

    Optional<WebhookDeliveryRecord> findDelivery(long id) {
        return db.selectFrom(WEBHOOK_DELIVERY).where(WEBHOOK_DELIVERY.ID.eq(id)).fetchOptional();
    }

    void recordAttempt(long deliveryId, Delivery.Attempt attempt) {
        db.insertInto(WEBHOOK_ATTEMPT)
                .set(WEBHOOK_ATTEMPT.DELIVERY_ID, deliveryId)
                .set(WEBHOOK_ATTEMPT.ATTEMPTED_AT, attempt.attemptedAt())
                .set(WEBHOOK_ATTEMPT.STATUS_CODE, attempt.statusCode())
                .set(WEBHOOK_ATTEMPT.RESPONSE_BODY, attempt.responseBody())
                .set(WEBHOOK_ATTEMPT.ERROR, attempt.error())
                .set(WEBHOOK_ATTEMPT.DURATION_MS, attempt.durationMillis())
                .execute();
    }

    /** After an attempt: delivered, to be tried again at {@code next}, or given up (both null but failedAt). */
    void afterAttempt(long deliveryId, int attempts, Instant deliveredAt, Instant nextAttemptAt, Instant failedAt) {
        db.update(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.ATTEMPTS, attempts)
                .set(WEBHOOK_DELIVERY.DELIVERED_AT, deliveredAt)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(WEBHOOK_DELIVERY.FAILED_AT, failedAt)
                .where(WEBHOOK_DELIVERY.ID.eq(deliveryId))
                .execute();
    }

    /** A webhook's latest deliveries, newest first, each with its attempts in order. */
    List<Delivery> findDeliveries(long webhookId, int limit) {
        List<WebhookDeliveryRecord> rows = db.selectFrom(WEBHOOK_DELIVERY).where(WEBHOOK_DELIVERY.WEBHOOK_ID.eq(webhookId))
                .orderBy(WEBHOOK_DELIVERY.ID.desc()).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Delivery.Attempt>> attempts = db.selectFrom(WEBHOOK_ATTEMPT)
                .where(WEBHOOK_ATTEMPT.DELIVERY_ID.in(rows.stream().map(WebhookDeliveryRecord::getId).toList()))
                .orderBy(WEBHOOK_ATTEMPT.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(a -> a.getDeliveryId(), Collectors.mapping(a -> new Delivery.Attempt(
                        a.getAttemptedAt(), a.getStatusCode(), a.getResponseBody(), a.getError(), a.getDurationMs()),
                        Collectors.toList())));
        return rows.stream().map(r -> new Delivery(r.getId(), r.getWebhookId(), r.getEvent(), r.getArticleId(),
                r.getPayload(), r.getCreatedAt(), r.getAttempts(), r.getNextAttemptAt(), r.getDeliveredAt(),
                r.getFailedAt(), attempts.getOrDefault(r.getId(), List.of()))).toList();
    }
}
