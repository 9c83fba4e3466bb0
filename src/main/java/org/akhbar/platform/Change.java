package org.akhbar.platform;

import java.time.Instant;

/** One row of the change log: something about {@code entity #entityId} was written. */
public record Change(long id, String entity, long entityId, String action, Instant changedAt) {

    /**
     * The action of a change readers cannot see: a draft saved, an account changed. Caches built
     * for readers (and the search index) let it pass; the newsroom may still follow it.
     */
    public static final String STAFF_ONLY = "staff-only";

    public boolean seenByReaders() {
        return !STAFF_ONLY.equals(action);
    }
}
