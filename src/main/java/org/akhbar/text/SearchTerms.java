package org.akhbar.text;

/**
 * What search keeps of one word, for the index and the query alike: normalised
 * ({@link ArabicNormalizer}), dropped if it is a function word ({@link ArabicStopwords}), then
 * stemmed ({@link ArabicStemmer}). The search index calls nothing else, so the two sides cannot
 * disagree on what "the same word" is.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** The indexed form of one word, or null when the word is not searched for (a function word, marks only). */
    public static String term(CharSequence word) {
        String normalized = ArabicNormalizer.normalize(word);
        if (normalized.isEmpty() || ArabicStopwords.contains(normalized)) {
            return null;
        }
        return ArabicStemmer.stem(normalized);
    }
}
