package org.akhbar.platform;

/**
 * Published on the writing node only, inside the writer's transaction, as each change is appended
 * to the change log. A listener that writes runs in that transaction: what it writes is committed
 * with the change or not at all, and exactly once however many nodes follow the log (webhook
 * deliveries are recorded this way). Caches listen to {@link ContentChanged} instead.
 */
public record ChangeRecorded(Change change) {
}
