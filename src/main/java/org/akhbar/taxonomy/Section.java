package org.akhbar.taxonomy;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** A section of the site; an article belongs to one or more, the first being its primary one. */
public record Section(long id, String slug, String name, int position) {

    /** The section page's path, percent-encoded (Arabic slugs stay Arabic for readers). */
    public String path() {
        return "/section/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
