/**
 * Webhooks: addresses that administrators register to be told when an article is published,
 * updated or unpublished. A delivery is recorded in the transaction that makes the change (from
 * {@code platform}'s {@code ChangeRecorded}), so it exists once whichever node or job wrote it and
 * only if the change was committed; senders on every node claim due deliveries one at a time,
 * sign them (HMAC-SHA256), retry with exponential back-off and log every attempt. Addresses in
 * private, loopback, link-local and similar ranges are refused unless allowed for that webhook,
 * checked when registered and again before each attempt. May use {@code platform}, {@code site}
 * (the site's address for links), {@code people}, {@code taxonomy} and {@code article}.
 */
package org.akhbar.webhook;
