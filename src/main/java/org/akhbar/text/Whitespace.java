package org.akhbar.text;

/**
 * Whitespace as editors produce it: besides the ASCII kinds, the no-break
 * spaces that CMS editors and Word insert, which {@link Character#isWhitespace}
 * does not recognise.
 */
final class Whitespace {

    private static final char SPACE = ' ';

    private Whitespace() {
    }

    static boolean is(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** {@code text} trimmed, with every run of whitespace replaced by one space. */
    static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean spacePending = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (is(cp)) {
                spacePending = true;
            } else {
                if (spacePending && !out.isEmpty()) {
                    out.append(SPACE);
                }
                spacePending = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
