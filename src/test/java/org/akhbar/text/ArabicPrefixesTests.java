package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicPrefixesTests {

    private static void check(String input, String expected) {
        assertThat(ArabicPrefixes.strip(ArabicNormalizer.normalize(input))).isEqualTo(ArabicNormalizer.normalize(expected));
    }

    @Test
    void definiteArticle() {
        check("الحكومة", "حكومة");
    }

    @Test
    void conjunctionWithArticle() {
        check("والحكومة", "حكومة");
        check("فالحكومة", "حكومة");
    }

    @Test
    void prepositionWithArticle() {
        check("بالعاصمة", "عاصمة");
        check("كالعادة", "عادة");
        check("للحكومة", "حكومة");
    }

    @Test
    void conjunctionPrepositionAndArticle() {
        check("وبالعاصمة", "عاصمة");
        check("وللحكومة", "حكومة");
    }

    @Test
    void conjunctionAlone() {
        check("وأردوغان", "أردوغان");
        check("ووزير", "وزير");
    }

    @Test
    void prepositionBeforeLongWord() {
        check("لأردوغان", "أردوغان");
        check("ببريطانيا", "ريطانيا");
        check("بريطانيا", "ريطانيا");
    }

    @Test
    void articleNeedsTwoLettersLeft() {
        check("الم", "الم");
    }

    @Test
    void rootWawIsKept() {
        check("وزير", "وزير");
        check("وزراء", "وزراء");
        check("وفد", "وفد");
        check("واشنطن", "واشنطن");
        check("وطني", "وطني");
    }

    @Test
    void shortWordsKeepTheirFirstLetter() {
        check("لبنان", "لبنان");
        check("كتاب", "كتاب");
        check("بيان", "بيان");
        check("فريق", "فريق");
        check("ليبيا", "ليبيا");
    }
}
