package org.akhbar.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns a WordPress post's content into article HTML: block-editor comments removed, paragraphs
 * made from WordPress's blank-line convention (what its {@code wpautop} does when it shows a
 * post), {@code [caption]} and {@code [gallery]} turned into figures, images of imported
 * attachments pointed at the media library, links to the old site's posts pointed at their new
 * addresses. Shortcodes it does not know stay visible as text, and are listed so the report can
 * name them. The result is still untrusted: the article module sanitises it on save.
 */
final class WordPressContent {

    /** What the content refers to outside itself, resolved by the import. */
    interface Resolver {
        /** The media id of an imported attachment, by its WordPress id. */
        Optional<Long> attachment(String wordpressId);

        /** The media id of an imported attachment, by its address in {@code wp-content/uploads}. */
        Optional<Long> upload(String url);

        /** The new path of an old address of the site; empty when it is not one, or not known (yet). */
        Optional<String> link(String href);

        /** Whether a link points at the old site (so it may be resolved later, once its target is in). */
        boolean isOldSite(String href);
    }

    /** The converted HTML; the unknown shortcodes kept as text; whether old links are still unresolved. */
    record Converted(String html, Set<String> unknownShortcodes, boolean unresolvedLinks) {
    }

    private static final Pattern SHORTCODE =
            Pattern.compile("\\[(\\[?)([A-Za-z][A-Za-z0-9_-]*)((?:\\s[^\\]]*?)?)(/?)\\](?:(.*?)\\[/\\2\\])?(\\]?)", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern BLOCK_START = Pattern.compile(
            "<(?:p|div|figure|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|td|th|pre|hr|section|article|aside|"
                    + "header|footer|nav|address|dl|dt|dd|form|fieldset|details|summary|iframe|video|audio|object|"
                    + "embed|script|style|noscript|figcaption|center)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WP_IMAGE_CLASS = Pattern.compile("wp-image-(\\d+)");

    private WordPressContent() {
    }

    static Converted convert(String raw, Resolver resolver) {
        Set<String> unknown = new TreeSet<>();
        String html = raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n');
        html = withoutBlockComments(html);
        if (html.indexOf('[') >= 0) {
            html = shortcodes(html, resolver, unknown);
        }
        html = paragraphs(html);
        if (!html.contains("<img") && !html.contains("<a ") && !html.contains("<A ")) {
            // nothing to point elsewhere: the article module's sanitiser does the only parse needed
            return new Converted(html, unknown, false);
        }
        Document document = Jsoup.parseBodyFragment(html);
        images(document, resolver);
        boolean unresolved = links(document, resolver);
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return new Converted(document.body().html(), unknown, unresolved);
    }

    /** Links to the old site's posts and archives, pointed at their new paths; true if some are not known yet. */
    static boolean links(Document document, Resolver resolver) {
        boolean unresolved = false;
        for (Element a : document.select("a[href]")) {
            String href = a.attr("href");
            Optional<String> target = resolver.link(href);
            if (target.isPresent()) {
                a.attr("href", target.get());
            } else if (resolver.isOldSite(href)) {
                unresolved = true;
            }
        }
        return unresolved;
    }

    private static void images(Document document, Resolver resolver) {
        for (Element img : document.select("img")) {
            Optional<Long> media = Optional.empty();
            Matcher wpImage = WP_IMAGE_CLASS.matcher(img.className());
            if (wpImage.find()) {
                media = resolver.attachment(wpImage.group(1));
            }
            if (media.isEmpty() && img.hasAttr("src")) {
                media = resolver.upload(img.attr("src"));
            }
            if (media.isPresent()) {
                String alt = img.attr("alt");
                img.clearAttributes();
                img.attr("data-media-id", Long.toString(media.get()));
                if (!alt.isBlank()) {
                    img.attr("alt", alt);
                }
                // An image wrapped in a link to its own file: the link adds nothing once it is ours.
                Element parent = img.parent();
                if (parent != null && parent.nameIs("a") && parent.childrenSize() == 1 && !parent.hasText()
                        && resolver.upload(parent.attr("href")).isPresent()) {
                    parent.unwrap();
                }
            }
        }
    }

    private static String shortcodes(String html, Resolver resolver, Set<String> unknown) {
        Matcher m = SHORTCODE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            String name = m.group(2);
            if (!m.group(1).isEmpty() && !m.group(6).isEmpty()) {
                // [[name]] is WordPress's way of writing a shortcode as text
                replacement = m.group().substring(1, m.group().length() - 1);
            } else {
                String attributes = m.group(3);
                String content = m.group(5);
                String converted = switch (name.toLowerCase(Locale.ROOT)) {
                    case "caption", "wp_caption" -> caption(attributes, content, resolver, unknown);
                    case "gallery" -> gallery(attributes, resolver);
                    case "embed" -> content == null ? null : link(content.strip());
                    default -> null;
                };
                if (converted == null) {
                    unknown.add(name);
                    replacement = m.group();
                    // keep it whole, but convert what it encloses, so known shortcodes inside still work
                    if (content != null) {
                        String opening = m.group().substring(0, m.group().indexOf(']') + 1);
                        replacement = opening + shortcodes(content, resolver, unknown) + "[/" + name + "]" + m.group(6);
                    }
                } else {
                    replacement = m.group(1) + converted + m.group(6);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String caption(String attributes, String content, Resolver resolver, Set<String> unknown) {
        String body = content == null ? "" : shortcodes(content, resolver, unknown).strip();
        String text = attribute(attributes, "caption");
        // The image (possibly inside a link) comes first; what follows it is the caption.
        int end = body.lastIndexOf("</a>");
        if (end >= 0 && body.substring(0, end).contains("<img")) {
            end += "</a>".length();
        } else {
            int img = body.indexOf("<img");
            end = img < 0 ? 0 : body.indexOf('>', img) + 1;
        }
        String image = body.substring(0, end);
        if (text == null) {
            text = body.substring(end).strip();
        }
        return "<figure>" + image + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>";
    }

    private static String gallery(String attributes, Resolver resolver) {
        String ids = attribute(attributes, "ids");
        if (ids == null) {
            return null;
        }
        List<String> images = new ArrayList<>();
        for (String id : ids.split(",")) {
            resolver.attachment(id.strip()).ifPresent(media -> images.add("<img data-media-id=\"" + media + "\">"));
        }
        return images.isEmpty() ? null : "<figure>" + String.join("", images) + "</figure>";
    }

    private static String link(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return null;
        }
        String escaped = Entities.escape(url);
        return "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>";
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes == null ? "" : attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return null;
    }

    /**
     * The content without the block editor's comments ({@code <!-- wp:paragraph -->}, {@code <!--
     * /wp:image {...} /-->}); other comments stay, for the sanitiser to drop.
     */
    static String withoutBlockComments(String html) {
        int open = html.indexOf("<!--");
        if (open < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (; open >= 0; open = html.indexOf("<!--", open + 1)) {
            int at = spacesEnd(html, open + 4);
            if (at < html.length() && html.charAt(at) == '/') {
                at++;
            }
            int close = html.startsWith("wp:", at) ? html.indexOf("-->", at + 3) : -1;
            if (close >= 0) {
                out.append(html, copied, open);
                copied = close + 3;
                open = close + 2;
            }
        }
        return out.append(html, copied, html.length()).toString();
    }

    /**
     * WordPress's convention for content typed without block markup: a blank line separates
     * paragraphs, a single line break is a {@code <br>}. Chunks that already start with a block
     * element (the block editor's output, a figure, a list) are left as they are.
     */
    static String paragraphs(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int chunk = 0;
        for (int at = 0; at < html.length(); ) {
            if (!isSpace(html.charAt(at))) {
                at++;
                continue;
            }
            int end = spacesEnd(html, at);
            if (lineBreaks(html, at, end) >= 2) {
                paragraph(html.substring(chunk, at), out);
                chunk = end;
            }
            at = end;
        }
        paragraph(html.substring(chunk), out);
        return out.toString().strip();
    }

    private static void paragraph(String chunk, StringBuilder out) {
        String trimmed = chunk.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (BLOCK_START.matcher(trimmed).lookingAt()) {
            out.append(trimmed).append('\n');
            return;
        }
        out.append("<p>");
        // a run of spaces holding a line break is one <br>
        int copied = 0;
        for (int at = 0; at < trimmed.length(); ) {
            if (!isSpace(trimmed.charAt(at))) {
                at++;
                continue;
            }
            int end = spacesEnd(trimmed, at);
            if (lineBreaks(trimmed, at, end) > 0) {
                out.append(trimmed, copied, at).append("<br>");
                copied = end;
            }
            at = end;
        }
        out.append(trimmed, copied, trimmed.length());
        out.append("</p>\n");
    }

    /** Where the run of spaces from {@code at} ends ({@code at} itself when there is none). */
    private static int spacesEnd(String text, int at) {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int lineBreaks(String text, int from, int to) {
        int count = 0;
        for (int at = from; at < to; at++) {
            if (text.charAt(at) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** What {@code \\s} matches in a regular expression: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
