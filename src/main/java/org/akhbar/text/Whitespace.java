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
        return new Collapsing(text.length()).append(text).toString();
    }

    /**
     * Text built up piece by piece with its whitespace collapsed as it comes, so that its length
     * is known at every step (a caller that needs only the start can stop early).
     */
    static final class Collapsing {

        private final StringBuilder out;
        private boolean spacePending;

        Collapsing(int capacity) {
            out = new StringBuilder(capacity);
        }

        Collapsing append(CharSequence text) {
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
            return this;
        }

        /** A separation between two pieces: one space, if text follows. */
        void space() {
            spacePending = true;
        }

        int length() {
            return out.length();
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
