package org.akhbar.text;

/**
 * Estimated reading time of an article.
 *
 * <p>Adult Arabic readers read roughly 180–200 words per minute. We use 200,
 * the upper end: news is skimmed more than studied, and an estimate that
 * errs long puts readers off an article for no reason. Arabic words are
 * longer in meaning than English ones (clitics such as و, ب, ال are written
 * attached), which is why the figure is lower than the ~240 used for English.
 */
public final class ReadingTime {

    public static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    /** Minutes needed to read {@code plainText}: words / 200 rounded up, never less than 1. */
    public static int minutes(String plainText) {
        return minutesFor(words(plainText));
    }

    /**
     * Minutes needed to read an article's stored HTML: tags count as word breaks and are not read.
     * One pass over the characters, no parsing.
     */
    public static int minutesOfHtml(String html) {
        if (html == null) {
            return 1;
        }
        int count = 0;
        boolean inTag = false;
        boolean wordHasContent = false;
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            i += Character.charCount(cp);
            if (inTag) {
                inTag = cp != '>';
            } else if (cp == '<' || Whitespace.is(cp)) {
                if (wordHasContent) {
                    count++;
                }
                wordHasContent = false;
                inTag = cp == '<';
            } else if (!wordHasContent && Character.isLetterOrDigit(cp)) {
                wordHasContent = true;
            }
        }
        return minutesFor(wordHasContent ? count + 1 : count);
    }

    private static int minutesFor(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /**
     * Number of words: runs between whitespace that hold at least one letter or
     * digit, so a lone dash or a stray "،" is not counted as a word.
     */
    static int words(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        boolean wordHasContent = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Whitespace.is(cp)) {
                if (inWord && wordHasContent) {
                    count++;
                }
                inWord = false;
                wordHasContent = false;
            } else {
                inWord = true;
                wordHasContent |= Character.isLetterOrDigit(cp);
            }
        }
        return inWord && wordHasContent ? count + 1 : count;
    }
}
