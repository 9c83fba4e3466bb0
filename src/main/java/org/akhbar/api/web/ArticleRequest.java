package org.akhbar.api.web;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.akhbar.article.ArticleInput;

/**
 * An article as a client writes it: creating ({@code POST}) or replacing ({@code PUT}, which names
 * the {@code version} it read). Only {@code title} and {@code body} are required; a field left out
 * of a {@code PUT} is cleared. {@code author} is the byline, honoured for accounts that may choose
 * bylines (editors); others write under their own. Any other field is refused, so a typo is
 * reported rather than ignored.
 */
@Schema(description = "An article as a client writes it")
public record ArticleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String title,
        @Schema(description = "HTML; sanitised against the site's allow-list when saved",
                requiredMode = Schema.RequiredMode.REQUIRED) String body,
        @Schema(description = "made from the title when absent") String slug,
        String kicker,
        @Schema(description = "made from the body when absent") String excerpt,
        @Schema(description = "section names, the first the primary one; created when missing") List<String> sections,
        @Schema(description = "tag names; created when missing") List<String> tags,
        @Schema(description = "the byline (editors only)") String author,
        @Schema(description = "publish time; a time to come schedules the article when it is published")
        OffsetDateTime publishedAt,
        Long featuredMediaId,
        @Schema(description = "the version read; required by PUT") Integer version,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public ArticleRequest {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }

    ArticleInput toInput() {
        return new ArticleInput(null, title, slug, kicker, excerpt, body, sections, tags, author,
                publishedAt == null ? null : publishedAt.toInstant(), null, featuredMediaId);
    }
}
