package org.akhbar.feed;

/**
 * Text as XML 1.0 allows it. An imported title may hold control characters that no XML document
 * may contain, escaped or not; one such character would make a whole feed or sitemap unreadable.
 */
final class XmlText {

    private XmlText() {
    }

    /** The text without the characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE/F, lone surrogates). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
                        || (c > 0xDFFF && c != 0xFFFE && c != 0xFFFF);
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
