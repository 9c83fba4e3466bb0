package org.akhbar.platform;

import java.util.List;
import java.util.Optional;

/** One page of a list and where the next page starts, if there is one. */
public record Slice<T>(List<T> items, Optional<Cursor> next) {
}
