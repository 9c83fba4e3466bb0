package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicBrokenPluralsTests {

    private static void check(String plural, String singular) {
        assertThat(ArabicStemmer.stem(ArabicNormalizer.normalize(plural)))
                .isEqualTo(ArabicStemmer.stem(ArabicNormalizer.normalize(singular)));
    }

    @Test
    void cities() {
        check("مدن", "مدينة");
        check("المدن", "المدينة");
    }

    @Test
    void ministers() {
        check("الوزراء", "وزير");
        check("وزراء", "الوزير");
    }

    @Test
    void missiles() {
        check("الصواريخ", "صاروخ");
    }

    @Test
    void forces() {
        check("قوات", "قوة");
    }

    @Test
    void prices() {
        check("الأسعار", "سعر");
    }

    @Test
    void theDeadAndWounded() {
        check("قتلى", "قتيل");
        check("الجرحى", "جريح");
    }

    @Test
    void pluralWithPossessive() {
        check("مدنها", "مدينة");
    }

    @Test
    void ambiguousPluralsAreNotListed() {
        assertThat(ArabicBrokenPlurals.singular("فرق")).isEqualTo("فرق");
        assertThat(ArabicBrokenPlurals.singular("كتب")).isEqualTo("كتب");
    }
}
