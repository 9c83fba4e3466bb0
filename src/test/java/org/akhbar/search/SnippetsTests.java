package org.akhbar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Snippets of text analysed on the spot (excerpts, and bodies of an index without offsets). */
class SnippetsTests {

    /** The word as the index keeps it. */
    private static String term(String word) throws IOException {
        try (TokenStream tokens = ArabicAnalyzer.SEARCH.tokenStream(SearchIndex.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            assertThat(tokens.incrementToken()).isTrue();
            return term.toString();
        }
    }

    @Test
    void aPassageAtTheEndOfTheAnalysedPartOfALongTextSaysTheTextGoesOn() throws IOException {
        String text = "كلام ".repeat(3_990) + "الحكومة" + " كلام".repeat(2_000);
        SearchResults.Snippet snippet = Snippets.of(text, Set.of(term("حكومة")));
        assertThat(snippet.parts()).anyMatch(SearchResults.Snippet.Part::highlighted);
        assertThat(snippet.text()).startsWith("… ").endsWith(" …");
    }

    @Test
    void aPassageThatReachesTheEndOfAShortTextEndsThere() throws IOException {
        SearchResults.Snippet snippet = Snippets.of("أعلنت الحكومة خطتها", Set.of(term("حكومة")));
        assertThat(snippet.text()).isEqualTo("أعلنت الحكومة خطتها");
    }
}
