package org.akhbar.api.web;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Publishing or unpublishing: the {@code version} read (a newer one stored is a 409), and for
 * publishing an optional time (a time to come schedules the article instead).
 */
public record TransitionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
        OffsetDateTime publishedAt,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public TransitionRequest {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }
}
