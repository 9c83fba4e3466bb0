package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The whole chain a word goes through for search, and the words it must keep apart. */
class SearchTermsTests {

    private static void check(String input, String expected) {
        assertThat(SearchTerms.term(input)).isEqualTo(expected);
    }

    private static void same(String a, String b) {
        assertThat(SearchTerms.term(a)).as(a + " / " + b).isEqualTo(SearchTerms.term(b));
    }

    private static void different(String a, String b) {
        assertThat(SearchTerms.term(a)).as(a + " / " + b).isNotEqualTo(SearchTerms.term(b));
    }

    @Test
    void hamzaOnAlef() {
        same("أردوغان", "اردوغان");
        same("إسرائيل", "اسرائيل");
    }

    @Test
    void alefMaqsura() {
        same("مستشفى", "مستشفي");
    }

    @Test
    void tehMarbuta() {
        same("الحكومة", "الحكومه");
    }

    @Test
    void diacriticsAndTatweel() {
        same("الحُكُومَة", "الحكـــومة");
    }

    @Test
    void digits() {
        check("٢٠٢٦", "2026");
        check("۲۰۲۶", "2026");
    }

    @Test
    void functionWordsAreDropped() {
        check("في", null);
        check("التي", null);
        check("إلى", null);
    }

    @Test
    void aliIsNotAFunctionWord() {
        check("علي", "علي");
    }

    @Test
    void latinIsLowercasedNotStemmed() {
        check("Google", "google");
        check("iPhones", "iphones");
    }

    @Test
    void cliticsAndEndingsTogether() {
        same("وبالانتخابات", "الانتخابية");
        same("لأردوغان", "أردوغان");
        same("والمصريين", "مصري");
    }

    @Test
    void soundPlurals() {
        same("المهندسون", "مهندس");
        same("الحكومات", "حكومة");
    }

    @Test
    void brokenPlurals() {
        same("الوزراء", "وزير");
        same("صواريخ", "الصاروخ");
    }

    @Test
    void accusativeAlef() {
        same("قتيلاً", "قتيل");
        same("سابقاً", "السابق");
    }

    @Test
    void countryNamesMeetTheirAdjectives() {
        same("ليبيا", "الليبية");
        same("سوريا", "السوري");
        same("روسيا", "الروسي");
    }

    // ---- over-stemming: words that must stay apart -------------------------------------------------

    @Test
    void coronaIsNotKorea() {
        different("كورونا", "كوريا");
    }

    @Test
    void lawIsNotAnotherWord() {
        different("قانون", "قان");
    }

    @Test
    void lebanonIsNotMilk() {
        different("لبنان", "لبن");
    }

    @Test
    void ministerIsNotJar() {
        different("وزير", "زير");
    }

    @Test
    void bookIsNotRepented() {
        different("كتاب", "تاب");
    }

    @Test
    void statementIsNotFinger() {
        different("بيان", "يان");
        different("بيان", "بي");
    }

    @Test
    void sudanIsNotBlack() {
        different("السودان", "سود");
    }

    @Test
    void iranIsNotBird() {
        different("إيران", "طير");
        different("إيران", "ير");
    }

    @Test
    void franceIsNotAnotherWord() {
        different("فرنسا", "رنسا");
    }

    @Test
    void teamsAreNotDifferences() {
        different("فرق", "فريق");
    }

    @Test
    void placeIsNotNeither() {
        different("مكان", "مك");
        different("سكان", "سك");
    }

    @Test
    void powerIsNotAir() {
        different("قوة", "جو");
        different("قوات", "قات");
    }
}
