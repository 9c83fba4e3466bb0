package org.akhbar.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.akhbar.article.ArticleStatus;
import org.jsoup.Jsoup;
import org.springframework.web.util.UriUtils;

/**
 * How WordPress's values become Akhbar's: statuses, dates, slugs, usernames, excerpts and the
 * ids that make a re-run find what the previous run made. Pure functions, tested one rule each.
 */
final class WordPressMapping {

    /** WordPress writes local and GMT times as {@code 2019-05-03 10:20:30}; all zeros for "none". */
    private static final DateTimeFormatter WORDPRESS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** Where Akhbar keeps, in its own exports, an article's external id (so a round trip keeps it). */
    static final String EXTERNAL_ID_META = "_akhbar_external_id";
    /** Where Akhbar keeps, in its own exports, a status WordPress has no word for. */
    static final String STATUS_META = "_akhbar_status";

    private WordPressMapping() {
    }

    /** The import origin of a site: {@code wordpress:HOST}, without {@code www.}. */
    static String origin(Wxr.Site site) {
        for (String url : List.of(site.baseBlogUrl(), site.link(), site.baseSiteUrl())) {
            String host = host(url);
            if (host != null) {
                return "wordpress:" + host;
            }
        }
        return "wordpress:unknown";
    }

    static String siteUrl(Wxr.Site site) {
        return !site.link().isBlank() ? site.link() : !site.baseBlogUrl().isBlank() ? site.baseBlogUrl() : site.baseSiteUrl();
    }

    private static String host(String url) {
        try {
            String host = url == null || url.isBlank() ? null : new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The article's external id: the one an Akhbar export kept, else the origin and the post's id. */
    static String externalId(String origin, Wxr.Item item) {
        String kept = item.meta(EXTERNAL_ID_META);
        return kept != null && !kept.isBlank() ? kept.strip() : origin + ":" + item.id();
    }

    /**
     * The status of a post in Akhbar, or empty when it is not to be imported (trash, auto-drafts).
     * Published and scheduled posts are published: one whose time is still to come is then
     * stored as scheduled. Private posts become drafts; pending ones wait for review.
     */
    static Optional<ArticleStatus> status(Wxr.Item item) {
        String kept = item.meta(STATUS_META);
        if (kept != null) {
            try {
                return Optional.of(ArticleStatus.fromCode(kept.strip()));
            } catch (IllegalArgumentException unknown) {
                // not one of ours after all: go by WordPress's status
            }
        }
        return switch (item.status()) {
            case "publish", "future" -> Optional.of(ArticleStatus.PUBLISHED);
            case "draft" -> Optional.of(ArticleStatus.DRAFT);
            case "pending" -> Optional.of(ArticleStatus.REVIEW);
            case "private" -> Optional.of(ArticleStatus.DRAFT);
            default -> Optional.empty();
        };
    }

    /**
     * When the post was (or is to be) published. WordPress's GMT time when it has one; drafts have
     * none, so their local time is read in the site's offset, as learned from other posts
     * ({@code offset}), or else in {@code zone}.
     */
    static Instant publishedAt(Wxr.Item item, ZoneOffset offset, ZoneId zone) {
        Optional<LocalDateTime> gmt = time(item.postDateGmt());
        if (gmt.isPresent()) {
            return gmt.get().toInstant(ZoneOffset.UTC);
        }
        Optional<LocalDateTime> local = time(item.postDate());
        if (local.isPresent()) {
            return offset != null ? local.get().toInstant(offset) : local.get().atZone(zone).toInstant();
        }
        return null;
    }

    /** The site's offset from GMT as a post shows it (its local and GMT times), if it shows it. */
    static Optional<ZoneOffset> offsetOf(Wxr.Item item) {
        Optional<LocalDateTime> gmt = time(item.postDateGmt());
        Optional<LocalDateTime> local = time(item.postDate());
        if (gmt.isEmpty() || local.isEmpty()) {
            return Optional.empty();
        }
        long seconds = Duration.between(gmt.get(), local.get()).getSeconds();
        if (Math.abs(seconds) > 18 * 3600) {
            return Optional.empty();
        }
        return Optional.of(ZoneOffset.ofTotalSeconds((int) seconds));
    }

    static Optional<LocalDateTime> time(String wordpressTime) {
        if (wordpressTime == null || wordpressTime.isBlank() || wordpressTime.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(wordpressTime.strip(), WORDPRESS_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String wordpressTime(Instant instant, ZoneId zone) {
        return WORDPRESS_TIME.format(instant.atZone(zone));
    }

    /** A WordPress slug as letters: it keeps Arabic ones percent-encoded. */
    static String slug(String postName) {
        if (postName == null || postName.isBlank()) {
            return null;
        }
        try {
            return UriUtils.decode(postName.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return postName.strip();
        }
    }

    /** A slug as WordPress stores it: percent-encoded, lower-case hex. */
    static String wordpressSlug(String slug) {
        String encoded = UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A newsroom username for a WordPress login: lower case, only the characters usernames allow;
     * a login with none of them (an Arabic one) becomes {@code wp-author-ID}.
     */
    static String username(String login, String authorId) {
        String cleaned = login == null ? "" : login.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (cleaned.length() > 100) {
            cleaned = cleaned.substring(0, 100);
        }
        if (cleaned.length() < 3) {
            return "wp-author-" + (authorId == null || authorId.isBlank() ? Integer.toHexString(login == null ? 0 : login.hashCode()) : authorId.strip());
        }
        return cleaned;
    }

    /** Whether readers may comment: WordPress's open or closed; null (as it is) when the export does not say. */
    static Boolean commentsOpen(Wxr.Item item) {
        return switch (item.commentStatus().strip()) {
            case "open" -> Boolean.TRUE;
            case "closed" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A comment's text as the plain text comments are kept in (WordPress allows a little markup). */
    static String commentText(String content) {
        if (content == null || content.indexOf('<') < 0) {
            return content == null ? "" : content;
        }
        return Jsoup.parseBodyFragment(content.replaceAll("(?i)<br\\s*/?>", "\n")).body().wholeText();
    }

    /** The excerpt as plain text (WordPress allows markup in it); null when there is none. */
    static String excerpt(String excerptHtml, int max) {
        if (excerptHtml == null || excerptHtml.isBlank()) {
            return null;
        }
        String text = Jsoup.parse(excerptHtml).text().strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The names an item is filed under in one domain ({@code category} or {@code post_tag}), in order, at most {@code max}. */
    static List<String> terms(Wxr.Item item, String domain, int max) {
        return item.terms().stream().filter(t -> t.domain().equals(domain)).map(Wxr.Term::name)
                .map(String::strip).filter(n -> !n.isEmpty()).distinct().limit(max).toList();
    }
}
