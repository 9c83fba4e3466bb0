package org.akhbar.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed in the search box, read tolerantly: words, and phrases between quotes. Nothing
 * else is an operator, so no input can make the parser fail: AND, +, -, *, ( and the rest are just
 * characters (the analyzer then drops the punctuation), a quote left open ends at the end of the
 * text, control characters are spaces. Input longer than {@link #MAX_LENGTH} is refused by the
 * caller before it gets here; beyond {@link #MAX_CLAUSES} words the rest is ignored.
 */
record ReaderQuery(List<Clause> clauses) {

    static final int MAX_LENGTH = 200;
    static final int MAX_CLAUSES = 12;

    /** "…" “…” «…» and the other quotation marks readers' keyboards produce. */
    private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB\u2033";

    /** One word, or several to be found in this order. */
    sealed interface Clause {
        String text();
    }

    record Word(String text) implements Clause {
    }

    record Phrase(String text) implements Clause {
    }

    static ReaderQuery parse(String raw) {
        List<Clause> clauses = new ArrayList<>();
        if (raw == null) {
            return new ReaderQuery(clauses);
        }
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                flush(clauses, current, inPhrase);
                inPhrase = !inPhrase;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (inPhrase) {
                    current.append(' ');
                } else {
                    flush(clauses, current, false);
                }
            } else {
                current.append(c);
            }
        }
        flush(clauses, current, inPhrase);
        return new ReaderQuery(clauses.size() > MAX_CLAUSES ? List.copyOf(clauses.subList(0, MAX_CLAUSES)) : List.copyOf(clauses));
    }

    private static void flush(List<Clause> clauses, StringBuilder current, boolean phrase) {
        String text = current.toString().strip();
        current.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (phrase && text.indexOf(' ') > 0) {
            clauses.add(new Phrase(text.replaceAll(" +", " ")));
        } else if (phrase) {
            clauses.add(new Word(text));
        } else {
            clauses.add(new Word(text));
        }
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }
}
