package org.akhbar.text;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Short plain-text excerpts of articles, for teasers, meta descriptions and
 * feeds.
 */
public final class Excerpts {

    private static final char ELLIPSIS = '\u2026';
    private static final char SPACE = ' ';
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';
    private static final char EN_DASH = '\u2013';
    private static final char EM_DASH = '\u2014';

    // Punctuation that would dangle before the ellipsis ("الحكومة،…"). Full stops,
    // question and exclamation marks stay: they end a thought, which is fine.
    private static final Set<Character> DANGLING_PUNCTUATION = Set.of(
            ARABIC_COMMA, ',', ARABIC_SEMICOLON, ';', ':', '-', EN_DASH, EM_DASH);

    // <aside> holds embedded cards ("read also"), <figcaption> photo captions;
    // neither is the article's prose. The rest never hold readable text.
    private static final Set<String> SKIPPED_ELEMENTS = Set.of(
            "aside", "figcaption", "script", "style", "template", "noscript");

    private static final String LINE_BREAK = "br";

    private Excerpts() {
    }

    /**
     * The text of {@code html} (tags stripped, entities decoded, whitespace
     * collapsed, block elements separated by a space, asides and captions
     * skipped), shortened like {@link #fromText(String, int)}.
     */
    public static String fromHtml(String html, int maxChars) {
        checkLimit(maxChars);
        if (html == null || html.isEmpty()) {
            return "";
        }
        return fromHtml(Jsoup.parseBodyFragment(html).body(), maxChars);
    }

    /** {@link #fromHtml(String, int)} of HTML already parsed. */
    public static String fromHtml(Element html, int maxChars) {
        checkLimit(maxChars);
        return shorten(text(html, maxChars), maxChars);
    }

    /**
     * {@code text} with whitespace collapsed; if longer than {@code maxChars},
     * cut at the last word boundary and ended with "…". The result, ellipsis
     * included, is never longer than {@code maxChars}, so it fits the slot it
     * was asked for. A word is only ever cut when the first word alone does
     * not fit.
     *
     * @throws IllegalArgumentException if {@code maxChars} is less than 1
     */
    public static String fromText(String text, int maxChars) {
        checkLimit(maxChars);
        if (text == null || text.isEmpty()) {
            return "";
        }
        return shorten(Whitespace.collapse(text), maxChars);
    }

    private static void checkLimit(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    /**
     * The collapsed text of {@code root}, read only as far as needed to know whether it is longer
     * than {@code maxChars}: an excerpt of a long article does not walk all of it.
     */
    private static String text(Element root, int maxChars) {
        Whitespace.Collapsing text = new Whitespace.Collapsing(Math.min(maxChars, 4096) + 1);
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element) {
                    if (SKIPPED_ELEMENTS.contains(element.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    separate(element, text);
                }
                return text.length() > maxChars ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    separate(element, text);
                }
                return FilterResult.CONTINUE;
            }
        });
        return text.toString();
    }

    // Without this "<p>أولا</p><p>ثانيا</p>" would read "أولاثانيا". Repeated
    // separations make one space.
    private static void separate(Element element, Whitespace.Collapsing text) {
        if (element.isBlock() || element.nameIs(LINE_BREAK)) {
            text.space();
        }
    }

    private static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - 1; // for the ellipsis
        // A space right at index room means the first room chars are whole words.
        int boundary = text.lastIndexOf(SPACE, room);
        String head = boundary > 0 ? text.substring(0, boundary) : cutWord(text, room);
        return stripDanglingPunctuation(head) + ELLIPSIS;
    }

    private static String cutWord(String text, int room) {
        int end = room;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String stripDanglingPunctuation(String head) {
        int end = head.length();
        while (end > 0 && (DANGLING_PUNCTUATION.contains(head.charAt(end - 1)) || head.charAt(end - 1) == SPACE)) {
            end--;
        }
        return head.substring(0, end);
    }
}
