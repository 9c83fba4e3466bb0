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

    public static String of(long id, String slug) {
        return "/article/" + id + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
