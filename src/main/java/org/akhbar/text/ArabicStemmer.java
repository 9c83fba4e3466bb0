package org.akhbar.text;

/**
 * The light stemmer of search: clitics off the front ({@link ArabicPrefixes}), a broken plural to
 * its singular ({@link ArabicBrokenPlurals}), endings off the back ({@link ArabicSuffixes}), in that
 * order, so الصواريخ، صاروخ and صواريخهم … meet. Takes and gives normalised words; words in other
 * scripts pass unchanged.
 */
public final class ArabicStemmer {

    private ArabicStemmer() {
    }

    public static String stem(String normalizedWord) {
        if (normalizedWord.isEmpty() || !ArabicText.isArabicLetter(normalizedWord.codePointAt(0))) {
            return normalizedWord;
        }
        String word = ArabicPrefixes.strip(normalizedWord);
        String singular = ArabicBrokenPlurals.singular(word);
        if (singular.equals(word)) {
            // A plural may carry the possessive: مدنها، صواريخهم is rarer, ـها covers most of it.
            String bare = word.endsWith("ها") ? word.substring(0, word.length() - 2) : word;
            singular = ArabicBrokenPlurals.singular(bare);
            if (singular.equals(bare)) {
                singular = word;
            }
        }
        return ArabicSuffixes.strip(singular);
    }
}
