package org.akhbar.text;

/**
 * Arabic chooses a noun's form by its number in six ways (the CLDR plural categories): دقيقة واحدة،
 * دقيقتان، ٣ دقائق، ١١ دقيقة، ١٠٠ دقيقة. Messages keep one variant per category; this picks it.
 */
public final class ArabicPlurals {

    private ArabicPlurals() {
    }

    /** One of zero, one, two, few, many, other. */
    public static String category(long n) {
        long abs = Math.abs(n);
        long lastTwo = abs % 100;
        if (abs == 0) {
            return "zero";
        }
        if (abs == 1) {
            return "one";
        }
        if (abs == 2) {
            return "two";
        }
        if (lastTwo >= 3 && lastTwo <= 10) {
            return "few";
        }
        if (lastTwo >= 11) {
            return "many";
        }
        return "other";
    }
}
