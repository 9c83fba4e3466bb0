package org.akhbar.article;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * An article's address: a stable id, then the slug for people and search engines. Only the id
 * identifies the article; any other slug is answered with a redirect to this path.
 */
public final class ArticlePaths {

    private ArticlePaths() {
    }

    /** The short address: just the id, answered with a redirect to the canonical one. */
    public static String of(long id) {
        return "/article/" + id;
    }

    public static String of(long id, String slug) {
        return "/article/" + id + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
