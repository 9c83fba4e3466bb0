package org.akhbar.platform;

import java.util.List;

/**
 * Published on every node, in change-log order, for changes committed by any node. Caches and the
 * search index listen to this, never to the code that made the change.
 */
public record ContentChanged(List<Change> changes) {

    /** Whether any of the changes shows on reader pages. */
    public boolean seenByReaders() {
        return changes.stream().anyMatch(Change::seenByReaders);
    }
}
