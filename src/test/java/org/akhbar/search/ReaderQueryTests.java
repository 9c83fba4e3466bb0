package org.akhbar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.akhbar.search.ReaderQuery.Phrase;
import org.akhbar.search.ReaderQuery.Word;
import org.junit.jupiter.api.Test;

class ReaderQueryTests {

    private static void check(String input, ReaderQuery.Clause... expected) {
        assertThat(ReaderQuery.parse(input).clauses()).containsExactly(expected);
    }

    @Test
    void words() {
        check("  انتخابات   تركيا ", new Word("انتخابات"), new Word("تركيا"));
    }

    @Test
    void quotedPhrase() {
        check("\"رئيس الوزراء\" استقالة", new Phrase("رئيس الوزراء"), new Word("استقالة"));
    }

    @Test
    void arabicQuotationMarks() {
        check("«رئيس الوزراء»", new Phrase("رئيس الوزراء"));
        check("“رئيس الوزراء”", new Phrase("رئيس الوزراء"));
    }

    @Test
    void aStrayQuoteRunsToTheEnd() {
        check("غزة \"وقف إطلاق", new Word("غزة"), new Phrase("وقف إطلاق"));
    }

    @Test
    void aQuotedSingleWordIsAWord() {
        check("\"غزة\"", new Word("غزة"));
    }

    @Test
    void emptyQuotesAreNothing() {
        check("\"\" \"  \"");
    }

    @Test
    void operatorsAreOrdinaryCharacters() {
        check("غزة AND -رفح OR +(خان*)", new Word("غزة"), new Word("AND"), new Word("-رفح"), new Word("OR"),
                new Word("+(خان*)"));
    }

    @Test
    void controlCharactersSeparateWords() {
        check("غزة\u0000رفح\u0007", new Word("غزة"), new Word("رفح"));
    }

    @Test
    void nullIsEmpty() {
        assertThat(ReaderQuery.parse(null).isEmpty()).isTrue();
    }

    @Test
    void clausesAreCapped() {
        assertThat(ReaderQuery.parse("ا ".repeat(50)).clauses()).hasSize(ReaderQuery.MAX_CLAUSES);
    }

    @Test
    void randomInputNeverFails() {
        Random random = new Random(42);
        String alphabet = "\"«»“” ()+-*?:\\/~^!&|{}[]غزةرفحأإآىة\u064B\u0640\u0000\t\n١٢abc";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<ReaderQuery.Clause> clauses = ReaderQuery.parse(s.toString()).clauses();
            assertThat(clauses).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        }
    }
}
