package org.akhbar.people;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** A byline: the person an article is credited to. */
public record Author(long id, String slug, String name, String bio) {

    public String path() {
        return "/author/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
