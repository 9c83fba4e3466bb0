package org.akhbar.text;

import java.text.Normalizer;

/**
 * The normalisation used for search: applied to the index and to the query
 * alike (and to blocklists), so that spellings readers treat as the same word
 * match. Writers are inconsistent with hamza on alef, with final yeh/alef
 * maqsura and with taa marbuta/heh, and readers type without harakat; all of
 * these are folded here.
 *
 * <p>The result is for comparison only and must never be shown: it is
 * deliberately lossy (e.g. ة becomes ه). Text length only shrinks; words and
 * punctuation are left in place, tokenising is the caller's business.
 */
public final class ArabicNormalizer {

    private static final char ALEF = '\u0627';
    private static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
    private static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char WAW = '\u0648';
    private static final char WAW_WITH_HAMZA_ABOVE = '\u0624';
    private static final char YEH = '\u064A';
    private static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char FARSI_YEH = '\u06CC';
    private static final char HEH = '\u0647';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char KAF = '\u0643';
    private static final char KEHEH = '\u06A9';

    private ArabicNormalizer() {
    }

    /** Normalises {@code s} for search; {@code null} gives "". */
    public static String normalize(CharSequence s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // NFKC first: presentation forms (common in text copied from PDFs) and
        // the lam-alef ligature become ordinary letters, and decomposed hamza
        // becomes one letter, before the letter rules below run.
        // The check is much cheaper than the normalisation, and almost every word passes it.
        String folded = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s.toString()
                : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (ArabicText.isIgnorableMark(cp)) {
                continue;
            }
            int digit = ArabicText.digitValue(cp);
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else {
                out.appendCodePoint(fold(cp));
            }
        }
        return out.toString();
    }

    private static int fold(int cp) {
        return switch (cp) {
            case ALEF_WITH_MADDA_ABOVE, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA -> ALEF;
            case ALEF_MAKSURA, YEH_WITH_HAMZA_ABOVE, FARSI_YEH -> YEH;
            case TEH_MARBUTA -> HEH;
            case WAW_WITH_HAMZA_ABOVE -> WAW;
            // Persian keyboards type keheh for kaf; readers do not see a difference.
            case KEHEH -> KAF;
            // Code-point lower-casing is locale-free: a Turkish server locale
            // must not turn "I" into a dotless ı in the index.
            default -> Character.toLowerCase(cp);
        };
    }
}
