package org.akhbar.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for comment text. A comment is stored as the plain text the reader typed (cleaned of
 * control characters) and is shown as HTML made here: every character escaped, {@code http} and
 * {@code https} addresses made links with {@code rel="nofollow ugc"}, line breaks kept. Nothing a
 * reader types is ever read as HTML, so no script, event attribute or {@code javascript:} link in
 * any encoding can come through: it is only text. The template puts each comment in
 * {@code dir="auto"}, so an Arabic comment reads right to left and an English one left to right.
 */
public final class CommentText {

    /** An address: scheme, then anything up to a space, a quote, a bracket or an angle bracket. */
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'()\\[\\]{}]+");
    /** Something a reader means as an address even without its scheme: counted, not linked. */
    private static final Pattern BARE_LINK = Pattern.compile("(?i)(?<![/\\w.])www\\.[^\\s<>\"']+");
    private static final Pattern SPACES_BEFORE_LINE_END = Pattern.compile("[ \\u00A0]+\\n");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{3,}");
    /** Punctuation that ends a sentence after an address rather than belonging to it. */
    private static final String TRAILING = ".,;:!?،؛؟…";

    private CommentText() {
    }

    /**
     * The text as it is kept: line ends made {@code \n}, controls and direction overrides removed
     * (they could turn the display of other text around), tabs as spaces, more than one empty line
     * in a row made one, spaces at both ends dropped.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && !isDirectionControl(cp) && cp != 0xFEFF) {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString();
        if (cleaned.indexOf('\n') >= 0) {
            cleaned = EMPTY_LINES.matcher(SPACES_BEFORE_LINE_END.matcher(cleaned).replaceAll("\n")).replaceAll("\n\n");
        }
        return cleaned.strip();
    }

    /** The embeddings, overrides and isolates of Unicode's bidirectional algorithm. */
    private static boolean isDirectionControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** How many addresses the text holds, with or without {@code http}. */
    public static int links(String text) {
        int count = 0;
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            count++;
        }
        Matcher bare = BARE_LINK.matcher(text);
        while (bare.find()) {
            count++;
        }
        return count;
    }

    /** Safe HTML for the text (see the class comment). */
    public static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher m = LINK.matcher(text);
        int from = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(m.start(), end);
            escape(text.substring(from, m.start()), html);
            html.append("<a href=\"");
            escape(url, html);
            html.append("\" rel=\"nofollow ugc\" dir=\"ltr\">");
            escape(url, html);
            html.append("</a>");
            from = end;
        }
        escape(text.substring(from), html);
        return html.toString();
    }

    /** Escapes for text and for a quoted attribute alike; a line end becomes {@code <br>}. */
    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>\n");
                default -> out.append(c);
            }
        }
    }
}
