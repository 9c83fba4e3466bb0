package org.akhbar.taxonomy;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** A free-form topic label: a person, a place, a story. */
public record Tag(long id, String slug, String name) {

    public String path() {
        return "/tag/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
