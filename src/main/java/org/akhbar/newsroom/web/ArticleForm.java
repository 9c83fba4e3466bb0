package org.akhbar.newsroom.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleInput;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;

/**
 * The editor's form as posted (and as shown again after a refused save, so nothing typed is lost).
 * Sections are chosen by id among those that exist, the primary one first; tags are typed, separated
 * by commas (Latin or Arabic); the publish time is local time in the newsroom's zone.
 * {@code commentsOpen} is "true" when its box is ticked; {@code commentsShown} says the box was on
 * the form at all (a post without it leaves comments as they are).
 */
public record ArticleForm(Integer version, String title, String slug, String kicker, String excerpt, String body,
        Long primarySection, List<Long> sections, String tags, String author, Long featuredMediaId,
        String publishAt, String action, String commentsOpen, String commentsShown) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public ArticleForm {
        sections = sections == null ? List.of() : sections.stream().filter(Objects::nonNull).toList();
    }

    static ArticleForm empty() {
        return new ArticleForm(null, "", "", "", "", "", null, List.of(), "", "", null, "", null, "true", "true");
    }

    static ArticleForm of(Article article, ZoneId zone) {
        return new ArticleForm(article.version(), article.title(), article.slug(), nullToEmpty(article.kicker()),
                nullToEmpty(article.excerpt()), article.bodyHtml(),
                article.primarySection().map(Section::id).orElse(null),
                article.sections().stream().skip(1).map(Section::id).toList(),
                article.tags().stream().map(Tag::name).collect(Collectors.joining("، ")),
                article.author() == null ? "" : article.author().name(), article.featuredMediaId(),
                article.publishedAt() == null ? "" : LOCAL.format(article.publishedAt().atZone(zone)), null,
                Boolean.toString(article.commentsOpen()), "true");
    }

    public boolean opensComments() {
        return "true".equals(commentsOpen);
    }

    boolean hasSection(long id) {
        return sections.contains(id);
    }

    /** The form as the article service takes it; section ids not among {@code known} are dropped. */
    ArticleInput toInput(Map<Long, Section> known, ZoneId zone) {
        Set<Long> ids = new LinkedHashSet<>();
        if (primarySection != null) {
            ids.add(primarySection);
        }
        ids.addAll(sections);
        List<String> sectionNames = ids.stream().map(known::get).filter(Objects::nonNull).map(Section::name).toList();
        List<String> tagNames = tags == null ? List.of() : Arrays.stream(tags.split("[,،\\n]"))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        return new ArticleInput(null, title, slug, kicker, excerpt, body, sectionNames, tagNames, author,
                publishTime(zone), null, featuredMediaId, "true".equals(commentsShown) ? opensComments() : null);
    }

    /** The publish time asked for, or null when the field is empty. */
    Instant publishTime(ZoneId zone) {
        if (publishAt == null || publishAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishAt.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishAt", "article.error.publish-time");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
