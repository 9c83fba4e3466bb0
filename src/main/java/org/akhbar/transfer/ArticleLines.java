package org.akhbar.transfer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleHtml;
import org.akhbar.article.ArticleInput;
import org.akhbar.article.ArticleStatus;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Lines article format, both ways: one article per line, documented in the README.
 * Reading is strict (a wrong type or an unknown field is a problem of that line, not a guess);
 * writing produces exactly what reading accepts, so export then import round-trips.
 */
final class ArticleLines {

    static final Set<String> FIELDS = Set.of("external_id", "title", "slug", "kicker", "excerpt", "body",
            "body_format", "sections", "tags", "author", "published_at", "status");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleLines() {
    }

    static ArticleInput read(String line) throws LineProblem {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new LineProblem("import.error.not-json", e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new LineProblem("import.error.not-object");
        }
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new LineProblem("import.error.unknown-field", field);
            }
        }
        String format = text(node, "body_format");
        String body = text(node, "body");
        if (body != null && format != null && !format.equals("html")) {
            if (!format.equals("text")) {
                throw new LineProblem("import.error.bad-body-format", format);
            }
            body = ArticleHtml.fromPlainText(body);
        }
        return new ArticleInput(text(node, "external_id"), text(node, "title"), text(node, "slug"),
                text(node, "kicker"), text(node, "excerpt"), body, names(node, "sections"), names(node, "tags"),
                text(node, "author"), instant(node), status(node));
    }

    /** The line of an article; embeds name their targets by external id where they have one. */
    static String write(Article article, String externalId, String body) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("external_id", externalId);
        line.put("title", article.title());
        line.put("slug", article.slug());
        putIfPresent(line, "kicker", article.kicker());
        putIfPresent(line, "excerpt", article.excerpt());
        line.put("body_format", "html");
        line.put("body", body);
        line.put("sections", article.sections().stream().map(Section::name).toList());
        line.put("tags", article.tags().stream().map(Tag::name).toList());
        if (article.author() != null) {
            line.put("author", article.author().name());
        }
        line.put("published_at", article.publishedAt().toString());
        line.put("status", article.status().code());
        return JSON.writeValueAsString(line);
    }

    private static void putIfPresent(Map<String, Object> line, String field, String value) {
        if (value != null) {
            line.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) throws LineProblem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new LineProblem("import.error.wrong-type", field, "string");
        }
        return value.stringValue();
    }

    private static List<String> names(JsonNode node, String field) throws LineProblem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new LineProblem("import.error.wrong-type", field, "array of strings");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                throw new LineProblem("import.error.wrong-type", field, "array of strings");
            }
            names.add(item.stringValue());
        }
        return names;
    }

    private static Instant instant(JsonNode node) throws LineProblem {
        String value = text(node, "published_at");
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new LineProblem("import.error.bad-date", value);
        }
    }

    private static ArticleStatus status(JsonNode node) throws LineProblem {
        String value = text(node, "status");
        if (value == null) {
            return ArticleStatus.PUBLISHED;
        }
        try {
            return ArticleStatus.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new LineProblem("import.error.bad-status", value);
        }
    }
}
