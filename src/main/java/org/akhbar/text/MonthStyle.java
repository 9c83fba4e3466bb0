package org.akhbar.text;

import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * The regional names of the Gregorian months in Arabic media. Readers notice at
 * once when a site uses another region's names, so each site picks its style.
 */
public enum MonthStyle {

    /** Egypt, Sudan and the Gulf: names borrowed from the European ones. */
    MASHRIQ,

    /** Syria, Lebanon, Jordan, Iraq and Palestine: the Syriac names. */
    LEVANT,

    /** Morocco: the Mashriq names with the Moroccan spellings of May, July to September, November and December. */
    MOROCCO,

    /** Algeria and Tunisia: names taken from French. */
    ALGERIA_TUNISIA,

    /**
     * Pan-Arab outlets print the Levantine name then the Mashriq one, e.g.
     * "تشرين الثاني/نوفمبر", so every reader recognises at least one of them.
     */
    LEVANT_AND_MASHRIQ;

    // No spaces around the slash: that is how pan-Arab outlets print it, and a
    // space would let the line break between the two names.
    private static final char PAIR_SEPARATOR = '/';

    private static final List<String> MASHRIQ_NAMES = List.of(
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

    private static final List<String> LEVANT_NAMES = List.of(
            "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
            "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");

    private static final List<String> MOROCCO_NAMES = List.of(
            "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
            "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر");

    private static final List<String> ALGERIA_TUNISIA_NAMES = List.of(
            "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
            "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

    /** The name of {@code month} in this style. */
    public String monthName(Month month) {
        Objects.requireNonNull(month, "month");
        int index = month.ordinal();
        return switch (this) {
            case MASHRIQ -> MASHRIQ_NAMES.get(index);
            case LEVANT -> LEVANT_NAMES.get(index);
            case MOROCCO -> MOROCCO_NAMES.get(index);
            case ALGERIA_TUNISIA -> ALGERIA_TUNISIA_NAMES.get(index);
            case LEVANT_AND_MASHRIQ -> LEVANT_NAMES.get(index) + PAIR_SEPARATOR + MASHRIQ_NAMES.get(index);
        };
    }
}
