package org.akhbar.text;

/**
 * Character classes shared by the rules of this package, so that slugs, search
 * normalisation and digit styles agree on what a diacritic or a digit is.
 *
 * <p>All methods take code points, not chars, so callers iterating with
 * {@link String#codePoints()} never split a surrogate pair.
 */
public final class ArabicText {

    /** Kashida: stretches a word for justification, carries no meaning. */
    public static final char TATWEEL = '\u0640';

    // Harakat, tanween, shadda, sukun and the later additions to the block
    // (maddah/hamza above and below, subscript alef, ...).
    private static final char FIRST_HARAKAH = '\u064B';
    private static final char LAST_HARAKAH = '\u065F';
    private static final char SUPERSCRIPT_ALEF = '\u0670';

    // Quranic annotation signs. They turn up in articles quoting verses and
    // must vanish like harakat, otherwise a quoted word would not match its
    // plain spelling.
    private static final char FIRST_HONORIFIC_SIGN = '\u0610';
    private static final char LAST_HONORIFIC_SIGN = '\u061A';
    private static final char FIRST_QURANIC_MARK = '\u06D6';
    private static final char LAST_QURANIC_MARK_BEFORE_AYAH_END = '\u06DC';
    private static final char FIRST_QURANIC_MARK_AFTER_RUB_EL_HIZB = '\u06DF';
    private static final char LAST_QURANIC_SMALL_LETTER = '\u06E8';
    private static final char FIRST_QURANIC_MARK_AFTER_SAJDAH = '\u06EA';
    private static final char LAST_QURANIC_MARK = '\u06ED';

    private static final char ARABIC_INDIC_ZERO = '\u0660';
    private static final char ARABIC_INDIC_NINE = '\u0669';
    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char PERSIAN_NINE = '\u06F9';

    private ArabicText() {
    }

    /**
     * Whether {@code cp} is a mark written on top of or below a letter: the
     * harakat range U+064B–U+065F, the superscript alef U+0670 and the Quranic
     * annotation signs. Tatweel is deliberately not included: it is a spacing
     * character and callers treat it separately.
     */
    public static boolean isDiacritic(int cp) {
        return (cp >= FIRST_HARAKAH && cp <= LAST_HARAKAH)
                || cp == SUPERSCRIPT_ALEF
                || (cp >= FIRST_HONORIFIC_SIGN && cp <= LAST_HONORIFIC_SIGN)
                || (cp >= FIRST_QURANIC_MARK && cp <= LAST_QURANIC_MARK_BEFORE_AYAH_END)
                || (cp >= FIRST_QURANIC_MARK_AFTER_RUB_EL_HIZB && cp <= LAST_QURANIC_SMALL_LETTER)
                || (cp >= FIRST_QURANIC_MARK_AFTER_SAJDAH && cp <= LAST_QURANIC_MARK);
    }

    /** Whether {@code cp} is a diacritic or tatweel: marks that never change which word is written. */
    public static boolean isIgnorableMark(int cp) {
        return cp == TATWEEL || isDiacritic(cp);
    }

    /**
     * Whether {@code cp} is a letter of the Arabic script (including Persian and
     * Urdu letters). Tatweel and the small Quranic letters are letters for
     * Unicode but not for us.
     */
    public static boolean isArabicLetter(int cp) {
        return Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
                && !isIgnorableMark(cp);
    }

    /** Whether {@code cp} is a letter of the Latin script, accented or not. */
    public static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /**
     * The value 0–9 of a Western, Arabic-Indic (٠–٩) or Persian (۰–۹) digit, or
     * -1 for anything else. Other scripts' digits are not news-site digits and
     * are left to the caller.
     */
    public static int digitValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp >= ARABIC_INDIC_ZERO && cp <= ARABIC_INDIC_NINE) {
            return cp - ARABIC_INDIC_ZERO;
        }
        if (cp >= PERSIAN_ZERO && cp <= PERSIAN_NINE) {
            return cp - PERSIAN_ZERO;
        }
        return -1;
    }

    /** Whether {@code cp} is a Western, Arabic-Indic or Persian digit. */
    public static boolean isDigit(int cp) {
        return digitValue(cp) >= 0;
    }
}
