package org.akhbar.search;

import java.io.IOException;

import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.SearchTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's side of the Arabic analysis: Unicode word boundaries, then each word through
 * {@code text}'s rules. {@link #SEARCH} is what the index and every query use (normalised, function
 * words out, stemmed); {@link #SPELLING} only normalises, and feeds the dictionary spelling
 * suggestions are taken from, so a suggestion is a whole word a reader can read.
 */
final class ArabicAnalyzer extends Analyzer {

    static final ArabicAnalyzer SEARCH = new ArabicAnalyzer(true);
    static final ArabicAnalyzer SPELLING = new ArabicAnalyzer(false);

    private final boolean stem;

    private ArabicAnalyzer(boolean stem) {
        this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        return new TokenStreamComponents(words, new TermFilter(words, stem));
    }

    /** Replaces each word by its search term; drops function words, keeping their position. */
    private static final class TermFilter extends TokenFilter {

        private final CharTermAttribute text = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final boolean stem;

        TermFilter(TokenStream input, boolean stem) {
            super(input);
            this.stem = stem;
        }

        @Override
        public boolean incrementToken() throws IOException {
            int skipped = 0;
            while (input.incrementToken()) {
                String term = stem ? SearchTerms.term(text) : ArabicNormalizer.normalize(text);
                if (term == null || term.isEmpty()) {
                    skipped += position.getPositionIncrement();
                    continue;
                }
                text.setEmpty().append(term);
                position.setPositionIncrement(position.getPositionIncrement() + skipped);
                return true;
            }
            return false;
        }
    }
}
