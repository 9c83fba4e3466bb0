package org.akhbar.text;

/**
 * The digits a site prints. Maghreb and most pan-Arab sites print Western digits
 * (0–9); many Mashriq and Gulf sites print Arabic-Indic digits (٠–٩). Persian
 * digits (۰–۹) show up in pasted copy and are converted like the others.
 */
public enum DigitStyle {

    WESTERN('0'),
    ARABIC_INDIC('\u0660');

    private final char zero;

    DigitStyle(char zero) {
        this.zero = zero;
    }

    /**
     * Returns {@code s} with every Western, Arabic-Indic or Persian digit
     * written in this style; everything else is left untouched. {@code null}
     * gives the empty string so templates need no guard.
     */
    public String apply(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // All three digit sets live in the BMP, so a char-wise walk is safe:
            // surrogate halves are never digits and are copied as they are.
            int value = ArabicText.digitValue(c);
            out.append(value >= 0 ? (char) (zero + value) : c);
        }
        return out.toString();
    }
}
