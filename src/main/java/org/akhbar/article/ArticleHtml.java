package org.akhbar.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akhbar.media.MediaImage;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Article HTML: sanitised once, when it is saved, against an allow-list; never trusted, never
 * cleaned again at render time. Embedded "اقرأ أيضاً" cards are stored in one exact form,
 * {@code <aside data-article-id="ID"></aside>}, so the page can find them without parsing HTML.
 */
public final class ArticleHtml {

    private static final String ARTICLE_ID = "data-article-id";
    private static final String EXTERNAL_ID = "data-article-external-id";
    private static final String MEDIA_ID = "data-media-id";
    /** How wide a body image is drawn: the column's width on wide screens, the screen's on phones. */
    static final String IMAGE_SIZES = "(min-width: 48rem) 42rem, 100vw";
    private static final String BASE_URI = "https://akhbar.invalid/";

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "q", "cite",
                    "strong", "b", "em", "i", "u", "s", "sub", "sup", "hr",
                    "a", "figure", "figcaption", "small", "img", "aside")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("img", "src", "alt", "width", "height", MEDIA_ID)
            .addProtocols("img", "src", "http", "https")
            .addAttributes("aside", ARTICLE_ID, EXTERNAL_ID)
            .preserveRelativeLinks(true);

    /** An embed as stored: resolved ({@code data-article-id}) or waiting for its target to arrive. */
    private static final Pattern EMBED =
            Pattern.compile("<aside (?:data-article-id=\"(\\d{1,18})\"|data-article-external-id=\"[^\"]*\")></aside>");

    private ArticleHtml() {
    }

    /** A piece of a stored body: HTML to print, or a card for another article. */
    public sealed interface Part {
        record Html(String html) implements Part {
        }

        record ReadAlso(long articleId) implements Part {
        }
    }

    /**
     * Cleans untrusted HTML for storage. {@code resolveExternalId} turns an embed that names its
     * target by external id into one that names it by article id; unknown targets stay as they are
     * (and show nothing) until resolved by a later save.
     */
    public static String sanitize(String untrusted, Function<String, Optional<Long>> resolveExternalId) {
        return sanitize(untrusted, resolveExternalId, null);
    }

    /**
     * The same, and images of the media library ({@code <img data-media-id="ID">}) are written out
     * with their responsive sizes; one whose image is not in the library is dropped with its figure.
     * {@code images} null: leave them as they are.
     */
    public static String sanitize(String untrusted, Function<String, Optional<Long>> resolveExternalId,
            Function<Long, Optional<MediaImage>> images) {
        return clean(untrusted, resolveExternalId, images).html();
    }

    /** Sanitised HTML, and the document it was written from, for reading further without parsing it again. */
    record Clean(String html, Element body) {
    }

    /** {@link #sanitize(String, Function, Function)}, keeping the document. */
    static Clean clean(String untrusted, Function<String, Optional<Long>> resolveExternalId,
            Function<Long, Optional<MediaImage>> images) {
        Document dirty = Jsoup.parseBodyFragment(untrusted, BASE_URI);
        dirty.select("h1").tagName("h2");
        dirty.select("h5, h6").tagName("h4");
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element aside : clean.select("aside")) {
            normaliseEmbed(aside, resolveExternalId);
        }
        if (images != null) {
            for (Element img : clean.select("img[" + MEDIA_ID + "]")) {
                writeImage(img, images);
            }
        }
        clean.select("p").forEach(p -> {
            if (!p.hasText() && p.select("img, br").isEmpty()) {
                p.remove();
            }
        });
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return new Clean(clean.body().html().strip(), clean.body());
    }

    /** Trusted attributes, added after cleaning: they come from the library, not from the input. */
    private static void writeImage(Element img, Function<Long, Optional<MediaImage>> images) {
        String id = img.attr(MEDIA_ID).strip();
        Optional<MediaImage> image = id.matches("\\d{1,18}") ? images.apply(Long.parseLong(id)) : Optional.empty();
        if (image.isEmpty()) {
            Element figure = img.closest("figure");
            (figure != null ? figure : img).remove();
            return;
        }
        MediaImage found = image.get();
        String alt = img.attr("alt").isBlank() && found.alt() != null ? found.alt() : img.attr("alt");
        img.clearAttributes();
        img.attr(MEDIA_ID, Long.toString(found.id()))
                .attr("src", found.src())
                .attr("srcset", found.srcset())
                .attr("sizes", IMAGE_SIZES)
                .attr("width", Integer.toString(found.width()))
                .attr("height", Integer.toString(found.height()))
                .attr("alt", alt)
                .attr("loading", "lazy")
                .attr("decoding", "async");
    }

    private static void normaliseEmbed(Element aside, Function<String, Optional<Long>> resolveExternalId) {
        String id = aside.attr(ARTICLE_ID).strip();
        String externalId = aside.attr(EXTERNAL_ID).strip();
        Optional<Long> target = id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id))
                : externalId.isEmpty() ? Optional.empty() : resolveExternalId.apply(externalId);
        if (target.isEmpty() && externalId.isEmpty()) {
            aside.unwrap();   // an ordinary aside of imported HTML: keep its text, not the element
            return;
        }
        aside.empty();
        aside.clearAttributes();
        if (target.isPresent()) {
            aside.attr(ARTICLE_ID, Long.toString(target.get()));
        } else {
            aside.attr(EXTERNAL_ID, externalId);
        }
    }

    /** Plain text, paragraphs separated by blank lines, as safe HTML paragraphs. */
    public static String fromPlainText(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty()) {
                html.append("<p>")
                        .append(Entities.escape(trimmed).replaceAll("\\R", "<br>"))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    /** The stored body cut at its embeds, in order. */
    public static List<Part> parts(String storedHtml) {
        List<Part> parts = new ArrayList<>();
        Matcher embed = EMBED.matcher(storedHtml);
        int from = 0;
        while (embed.find()) {
            addHtml(parts, storedHtml.substring(from, embed.start()));
            if (embed.group(1) != null) {
                parts.add(new Part.ReadAlso(Long.parseLong(embed.group(1))));
            }
            from = embed.end();
        }
        addHtml(parts, storedHtml.substring(from));
        return parts;
    }

    /**
     * The stored body for reading off the site (a feed reader): links and images with absolute
     * addresses under {@code siteUrl}, and the "اقرأ أيضاً" embeds, which only the site's own page
     * can draw, left out.
     */
    public static String forElsewhere(String storedHtml, String siteUrl) {
        Document body = Jsoup.parseBodyFragment(storedHtml, siteUrl.endsWith("/") ? siteUrl : siteUrl + "/");
        body.select("aside[" + ARTICLE_ID + "], aside[" + EXTERNAL_ID + "]").remove();
        for (Element link : body.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element img : body.select("img[src]")) {
            img.attr("src", img.absUrl("src"));
            if (img.hasAttr("srcset")) {
                StringBuilder srcset = new StringBuilder();
                for (String candidate : img.attr("srcset").split(",")) {
                    String[] urlAndWidth = candidate.strip().split("\\s+", 2);
                    if (!srcset.isEmpty()) {
                        srcset.append(", ");
                    }
                    srcset.append(StringUtil.resolve(body.location(), urlAndWidth[0]));
                    if (urlAndWidth.length > 1) {
                        srcset.append(' ').append(urlAndWidth[1]);
                    }
                }
                img.attr("srcset", srcset.toString());
            }
            img.removeAttr(MEDIA_ID);
        }
        body.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return body.body().html().strip();
    }

    /** Ids of the articles a stored body embeds. */
    public static Set<Long> embeddedIds(String storedHtml) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Part part : parts(storedHtml)) {
            if (part instanceof Part.ReadAlso readAlso) {
                ids.add(readAlso.articleId());
            }
        }
        return ids;
    }

    /** Whether a stored body still names an embedded article by external id only. */
    public static boolean hasUnresolvedEmbeds(String storedHtml) {
        return storedHtml.contains(EXTERNAL_ID);
    }

    /** The stored body with embeds written by external id, for export; ids without one stay ids. */
    public static String withExternalIds(String storedHtml, Function<Long, Optional<String>> externalIdOf) {
        Matcher embed = EMBED.matcher(storedHtml);
        StringBuilder out = new StringBuilder();
        while (embed.find()) {
            String replacement = embed.group();
            if (embed.group(1) != null) {
                Optional<String> externalId = externalIdOf.apply(Long.parseLong(embed.group(1)));
                if (externalId.isPresent()) {
                    replacement = "<aside " + EXTERNAL_ID + "=\"" + Entities.escape(externalId.get()) + "\"></aside>";
                }
            }
            embed.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        embed.appendTail(out);
        return out.toString();
    }

    private static void addHtml(List<Part> parts, String html) {
        if (!html.isBlank()) {
            parts.add(new Part.Html(html));
        }
    }
}
