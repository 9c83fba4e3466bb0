package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitStyleTests {

    private static void check(DigitStyle style, String input, String expected) {
        assertThat(style.apply(input)).isEqualTo(expected);
    }

    @Test
    void westernFromArabicIndic() {
        check(DigitStyle.WESTERN, "٠١٢٣٤٥٦٧٨٩", "0123456789");
    }

    @Test
    void westernFromPersian() {
        check(DigitStyle.WESTERN, "۰۱۲۳۴۵۶۷۸۹", "0123456789");
    }

    @Test
    void westernKeepsWestern() {
        check(DigitStyle.WESTERN, "0123456789", "0123456789");
    }

    @Test
    void arabicIndicFromWestern() {
        check(DigitStyle.ARABIC_INDIC, "0123456789", "٠١٢٣٤٥٦٧٨٩");
    }

    @Test
    void arabicIndicFromPersian() {
        check(DigitStyle.ARABIC_INDIC, "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩");
    }

    @Test
    void leavesEverythingElseAlone() {
        check(DigitStyle.ARABIC_INDIC, "عام 2026م، الساعة 14:05 (GMT+3)", "عام ٢٠٢٦م، الساعة ١٤:٠٥ (GMT+٣)");
        check(DigitStyle.WESTERN, "عام ٢٠٢٦م، الساعة ١٤:٠٥", "عام 2026م، الساعة 14:05");
    }

    @Test
    void leavesSurrogatePairsIntact() {
        check(DigitStyle.ARABIC_INDIC, "\uD83D\uDCF01", "\uD83D\uDCF0١");
    }

    @Test
    void nullGivesEmpty() {
        assertThat(DigitStyle.WESTERN.apply(null)).isEmpty();
    }
}
