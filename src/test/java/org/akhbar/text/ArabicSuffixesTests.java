package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicSuffixesTests {

    private static void check(String input, String expected) {
        assertThat(ArabicSuffixes.strip(ArabicNormalizer.normalize(input))).isEqualTo(ArabicNormalizer.normalize(expected));
    }

    @Test
    void feminineTehMarbuta() {
        check("حكومة", "حكوم");
    }

    @Test
    void soundFemininePlural() {
        check("حكومات", "حكوم");
        check("انتخابات", "انتخاب");
    }

    @Test
    void soundMasculinePlural() {
        check("مهندسون", "مهندس");
        check("مهندسين", "مهندس");
    }

    @Test
    void relativeAdjective() {
        check("حكومي", "حكوم");
        check("حكومية", "حكوم");
    }

    @Test
    void dual() {
        check("رئيسان", "رئيس");
    }

    @Test
    void possessive() {
        check("عاصمتها", "عاصمت");
    }

    @Test
    void endingsStripRepeatedly() {
        check("مصريين", "مصر");
        check("فلسطينية", check2("فلسطين"));
    }

    private static String check2(String word) {
        return ArabicSuffixes.strip(ArabicNormalizer.normalize(word));
    }

    @Test
    void shortNamesEndingInAlefNoonStayWhole() {
        check("لبنان", "لبنان");
        check("سودان", "سودان");
        check("إيران", "ايران");
        check("مكان", "مكان");
    }

    @Test
    void shortWordsEndingInYehNoonStayWhole() {
        check("ياسين", "ياسين");
    }

    @Test
    void threeLetterWordsStayWhole() {
        check("قوة", "قوه");
        check("رأي", "راي");
    }
}
