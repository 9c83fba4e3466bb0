package org.akhbar.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * URL slugs for Arabic headlines.
 *
 * <p>Arabic is kept as Arabic: transliteration loses information, reads badly
 * and is what readers and search engines do not expect from an Arabic site.
 * Slugs are for display, so hamza forms, taa marbuta and alef maqsura stay as
 * written; only marks that do not change the word (harakat, tatweel) go. The
 * search rules live in {@link ArabicNormalizer}, not here.
 */
public final class Slugs {

    /** Long enough for a full headline, short enough to stay readable when shared. */
    public static final int DEFAULT_MAX_LENGTH = 80;

    private static final char HYPHEN = '-';

    private Slugs() {
    }

    /** {@link #slugify(String, int)} with {@link #DEFAULT_MAX_LENGTH}. */
    public static String slugify(String text) {
        return slugify(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * Turns {@code text} into a slug of at most {@code maxLength} characters:
     * Arabic and Latin letters (Latin lower-cased, accents dropped) and Western
     * digits, separated by single hyphens. Returns "" when nothing usable is left
     * (also for {@code null}); the caller then falls back to e.g. the id.
     *
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public static String slugify(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (text == null || text.isEmpty()) {
            return "";
        }
        return truncate(words(text), maxLength);
    }

    /**
     * {@code base}, or {@code base-2}, {@code base-3} … whichever is not yet {@code taken}. A blank
     * base becomes {@code fallback}; names that slug to the same text (e.g. differing only in
     * harakat) still get distinct addresses.
     */
    public static String unique(String base, String fallback, Predicate<String> taken) {
        String root = base == null || base.isEmpty() ? fallback : base;
        String candidate = root;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = root + HYPHEN + n;
        }
        return candidate;
    }

    private static String words(String text) {
        // NFKC folds what pasted text tends to carry: Arabic presentation forms
        // from PDFs, full-width Latin, ligatures, and decomposed hamza (alef plus
        // combining hamza) back into the letter the author meant.
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean separatorPending = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            String kept = keep(cp);
            if (kept == null) {
                separatorPending = true;
            } else if (!kept.isEmpty()) {
                // Only between two kept pieces: this gives no leading or trailing
                // hyphen and collapses runs of separators for free.
                if (separatorPending && !slug.isEmpty()) {
                    slug.append(HYPHEN);
                }
                separatorPending = false;
                slug.append(kept);
            }
        }
        return slug.toString();
    }

    /** What {@code cp} contributes: text to keep, "" to drop silently, {@code null} for a separator. */
    private static String keep(int cp) {
        if (ArabicText.isIgnorableMark(cp) || isCombiningMark(cp)) {
            // Marks sit on a letter; turning them into a hyphen would split the word.
            return "";
        }
        int digit = ArabicText.digitValue(cp);
        if (digit >= 0) {
            return String.valueOf(digit);
        }
        if (ArabicText.isArabicLetter(cp)) {
            return Character.toString(cp);
        }
        if (ArabicText.isLatinLetter(cp)) {
            return foldLatin(cp);
        }
        return null;
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String foldLatin(int cp) {
        // Decomposing is done per Latin letter only: NFD on Arabic would split
        // أ into alef plus a combining hamza, which the slug must keep.
        String lower = Character.toString(cp).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String truncate(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        // A hyphen right at maxLength means the first maxLength chars end on a
        // whole word, hence the search starts at maxLength itself.
        int boundary = slug.lastIndexOf(HYPHEN, maxLength);
        if (boundary > 0) {
            return slug.substring(0, boundary);
        }
        // A single word longer than the limit: cutting it is the only option.
        int end = maxLength;
        if (Character.isHighSurrogate(slug.charAt(end - 1))) {
            end--;
        }
        return slug.substring(0, end);
    }
}
