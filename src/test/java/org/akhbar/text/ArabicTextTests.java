package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextTests {

    @Test
    void harakatAndSuperscriptAlefAreDiacritics() {
        for (int cp = 0x064B; cp <= 0x065F; cp++) {
            assertThat(ArabicText.isDiacritic(cp)).as("U+%04X", cp).isTrue();
        }
        assertThat(ArabicText.isDiacritic(0x0670)).isTrue();
    }

    @Test
    void lettersTatweelAndPunctuationAreNotDiacritics() {
        assertThat(ArabicText.isDiacritic('ب')).isFalse();
        assertThat(ArabicText.isDiacritic(ArabicText.TATWEEL)).isFalse();
        assertThat(ArabicText.isDiacritic('،')).isFalse();
        assertThat(ArabicText.isIgnorableMark(ArabicText.TATWEEL)).isTrue();
    }

    @Test
    void arabicLetters() {
        assertThat(ArabicText.isArabicLetter('ا')).isTrue();
        assertThat(ArabicText.isArabicLetter('ء')).isTrue();
        assertThat(ArabicText.isArabicLetter('\u06CC')).isTrue(); // Persian yeh
        assertThat(ArabicText.isArabicLetter(ArabicText.TATWEEL)).isFalse();
        assertThat(ArabicText.isArabicLetter('\u064E')).isFalse(); // fatha
        assertThat(ArabicText.isArabicLetter('٣')).isFalse();
        assertThat(ArabicText.isArabicLetter('،')).isFalse();
        assertThat(ArabicText.isArabicLetter('a')).isFalse();
    }

    @Test
    void latinLetters() {
        assertThat(ArabicText.isLatinLetter('a')).isTrue();
        assertThat(ArabicText.isLatinLetter('É')).isTrue();
        assertThat(ArabicText.isLatinLetter('ب')).isFalse();
        assertThat(ArabicText.isLatinLetter('1')).isFalse();
    }

    @Test
    void digitValues() {
        assertThat(ArabicText.digitValue('7')).isEqualTo(7);
        assertThat(ArabicText.digitValue('٧')).isEqualTo(7);
        assertThat(ArabicText.digitValue('۷')).isEqualTo(7);
        assertThat(ArabicText.digitValue('ب')).isEqualTo(-1);
        assertThat(ArabicText.isDigit('٠')).isTrue();
        assertThat(ArabicText.isDigit('x')).isFalse();
    }
}
