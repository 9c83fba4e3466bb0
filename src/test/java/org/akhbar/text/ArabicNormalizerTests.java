package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTests {

    private static void check(String input, String expected) {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void alefWithHamzaAbove() {
        check("أحمد", "احمد");
    }

    @Test
    void alefWithHamzaBelow() {
        check("إسلام", "اسلام");
    }

    @Test
    void alefWithMadda() {
        check("آمن", "امن");
    }

    @Test
    void alefWasla() {
        check("ٱلله", "الله");
    }

    @Test
    void alefMaqsura() {
        check("مستشفى", "مستشفي");
    }

    @Test
    void tehMarbuta() {
        check("مدرسة", "مدرسه");
    }

    @Test
    void wawWithHamza() {
        check("مؤتمر", "موتمر");
    }

    @Test
    void yehWithHamza() {
        check("رئيس", "رييس");
    }

    @Test
    void keepsBareHamza() {
        check("سماء", "سماء");
    }

    @Test
    void harakat() {
        check("مُحَمَّدٌ", "محمد");
        for (char mark = '\u064B'; mark <= '\u065F'; mark++) {
            check("ب" + mark + "ت", "بت");
        }
    }

    @Test
    void superscriptAlef() {
        check("هٰذا", "هذا");
    }

    @Test
    void quranicAnnotationMarks() {
        check("الرَّحِيمِ\u06DA", "الرحيم");
        check("صلى\u0610", "صلي");
    }

    @Test
    void tatweel() {
        check("الحكـــومة", "الحكومه");
    }

    @Test
    void decomposedHamza() {
        check("\u0627\u0654حمد", "احمد");
    }

    @Test
    void presentationForms() {
        check("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", "السلام");
    }

    @Test
    void arabicIndicDigits() {
        check("٠١٢٣٤٥٦٧٨٩", "0123456789");
    }

    @Test
    void persianDigits() {
        check("۰۱۲۳۴۵۶۷۸۹", "0123456789");
    }

    @Test
    void persianKeheh() {
        check("\u06A9تاب", "كتاب");
    }

    @Test
    void persianYeh() {
        check("عل\u06CC", "علي");
    }

    @Test
    void lowercasesLatin() {
        check("iPhone ISTANBUL", "iphone istanbul");
    }

    @Test
    void leavesSpacesAndPunctuationAlone() {
        check("غزة، رفح!", "غزه، رفح!");
    }

    @Test
    void nullGivesEmpty() {
        check(null, "");
    }

    @Test
    void hamzaSpellingsOfANameMatch() {
        String expected = ArabicNormalizer.normalize("اردوغان");
        assertThat(ArabicNormalizer.normalize("أردوغان")).isEqualTo(expected);
        assertThat(ArabicNormalizer.normalize("إردوغان")).isEqualTo(expected);
        assertThat(ArabicNormalizer.normalize("أَرْدُوغَانْ")).isEqualTo(expected);
        assertThat(expected).isEqualTo("اردوغان");
    }

    @Test
    void unrelatedWordsStayDifferent() {
        assertThat(ArabicNormalizer.normalize("سلام")).isNotEqualTo(ArabicNormalizer.normalize("كلام"));
        assertThat(ArabicNormalizer.normalize("قلب")).isNotEqualTo(ArabicNormalizer.normalize("كلب"));
        assertThat(ArabicNormalizer.normalize("أمل")).isNotEqualTo(ArabicNormalizer.normalize("عمل"));
        assertThat(ArabicNormalizer.normalize("مدرسة")).isNotEqualTo(ArabicNormalizer.normalize("مدرس"));
    }
}
