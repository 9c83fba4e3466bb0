package org.akhbar.platform;

import java.time.Instant;

/** One row of the change log: something about {@code entity #entityId} was written. */
public record Change(long id, String entity, long entityId, String action, Instant changedAt) {
}
