package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonthStyleTests {

    private static void check(MonthStyle style, String... expected) {
        List<String> names = Arrays.stream(Month.values()).map(style::monthName).toList();
        assertThat(names).containsExactly(expected);
    }

    @Test
    void mashriq() {
        check(MonthStyle.MASHRIQ, "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    }

    @Test
    void levant() {
        check(MonthStyle.LEVANT, "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
    }

    @Test
    void morocco() {
        check(MonthStyle.MOROCCO, "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
                "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر");
    }

    @Test
    void algeriaTunisia() {
        check(MonthStyle.ALGERIA_TUNISIA, "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
                "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    }

    @Test
    void levantAndMashriqPairsTheNamesWithASlash() {
        check(MonthStyle.LEVANT_AND_MASHRIQ, "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
                "أيار/مايو", "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر");
    }

    @Test
    void namesUseOnlyStandardArabicLetters() {
        // Catches look-alikes slipping in: Persian yeh/keheh, tatweel, harakat, RLM.
        for (MonthStyle style : MonthStyle.values()) {
            for (Month month : Month.values()) {
                assertThat(style.monthName(month))
                        .as("%s %s", style, month)
                        .matches("[\u0621-\u063A\u0641-\u064A]+([ /][\u0621-\u063A\u0641-\u064A]+)*");
            }
        }
    }
}
