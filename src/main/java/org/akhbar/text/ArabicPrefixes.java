package org.akhbar.text;

import java.util.List;

/**
 * Light stemming at the front of a word: the clitics written joined to it. Works on normalised words
 * (see {@link ArabicNormalizer}), so ال، وال، بال، لل … are the only spellings to know.
 *
 * <p>The rules are careful because a wrong cut merges unrelated words, and then the index returns
 * noise for ever:
 * <ul>
 * <li>The article with what may precede it (ال، وال، فال، بال، كال، لل، ولل، وبال …) goes whenever
 * a stem of two letters or more is left.</li>
 * <li>The conjunction و goes when three letters or more are left, except before the many words
 * whose first root letter is و (وزير، وفد، وطن، واشنطن …, {@link #ROOT_WAW}).</li>
 * <li>ف، ب، ل، ك alone go only when five letters or more are left. Shorter words starting with them
 * are far too often words of their own (لبنان، بيان، كتاب، فريق); repeated, so ببريطانيا and
 * بريطانيا still meet.</li>
 * </ul>
 */
public final class ArabicPrefixes {

    private static final char WAW = '\u0648';
    private static final String ARTICLE_PREFIXES_LONGEST_FIRST_JOINED =
            "وبال وكال وفال فبال فكال ولل فلل وال فال بال كال لل ال";
    private static final List<String> ARTICLE_PREFIXES = List.of(ARTICLE_PREFIXES_LONGEST_FIRST_JOINED.split(" "));
    private static final String SINGLE_PREPOSITIONS = "فبلك";
    private static final int MIN_AFTER_ARTICLE = 2;
    private static final int MIN_AFTER_WAW = 3;
    private static final int MIN_AFTER_PREPOSITION = 5;

    /** Normalised beginnings of words whose و is a root letter, not the conjunction. */
    private static final List<String> ROOT_WAW = List.of(
            "وزير", "وزار", "وزرا", "وزن", "وزع", "وفد", "وفود", "وطن", "وقت", "وضع", "وقع", "ولاي", "وكال",
            "وكيل", "وسط", "وسيط", "وساي", "وسيل", "وصل", "وصول", "وجه", "وجود", "وجد", "ورق", "وعد", "وفق", "ولد",
            "وحد", "واشنطن", "وادي", "واقع", "وقف", "وثيق", "وثاي", "وليد", "وفاه", "ورد", "وحش", "وراء", "وظيف",
            "ودي", "وعي", "وهم");

    private ArabicPrefixes() {
    }

    /** The word without its joined clitics at the front; the word itself when none can safely go. */
    public static String strip(String word) {
        for (String prefix : ARTICLE_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_AFTER_ARTICLE) {
                return word.substring(prefix.length());
            }
        }
        String rest = word;
        if (rest.charAt(0) == WAW && rest.length() - 1 >= MIN_AFTER_WAW && !hasRootWaw(rest)) {
            rest = rest.substring(1);
            for (String prefix : ARTICLE_PREFIXES) {
                // و followed by a bare preposition and the article is covered above; here only و + word.
                if (rest.startsWith(prefix) && rest.length() - prefix.length() >= MIN_AFTER_ARTICLE) {
                    return rest.substring(prefix.length());
                }
            }
        }
        while (rest.length() - 1 >= MIN_AFTER_PREPOSITION && SINGLE_PREPOSITIONS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
        }
        return rest;
    }

    private static boolean hasRootWaw(String word) {
        for (String start : ROOT_WAW) {
            if (word.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
