package org.akhbar.media;

import java.util.List;
import java.util.Optional;

/** One page of the media library and where the next one starts, if there is one. */
public record MediaSlice(List<MediaImage> items, Optional<MediaCursor> next) {
}
