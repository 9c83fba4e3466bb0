package org.akhbar.text;

/**
 * Light stemming at the end of a word, on normalised words (ة is already ه, ى is ي): the sound
 * plurals (ـات، ـون، ـين), the dual (ـان), the relative adjective (ـي، ـية) and the feminine or
 * possessive ـه and ـها, and the alef of the accusative (قتيلاً) and of country names (ليبيا، سوريا).
 * Cut repeatedly, so حكومة، حكومي، حكومية and حكومات all end as حكوم, and ليبيا meets الليبي.
 *
 * <p>Each ending leaves a minimum behind. ـان، ـين and ـون need four letters left, because the
 * short words ending so are mostly names and nouns of their own (لبنان is not the dual of لبن,
 * سودان، ايران، مكان، سكان، ياسين، قانون، كورونا stay whole).
 */
public final class ArabicSuffixes {

    private record Ending(String text, int minimumLeft) {
    }

    private static final Ending[] ENDINGS_LONGEST_FIRST = {
            new Ending("يه", 3),
            new Ending("ات", 3),
            new Ending("ون", 4),
            new Ending("ين", 4),
            new Ending("ان", 4),
            new Ending("ها", 3),
            new Ending("ه", 3),
            new Ending("ي", 3),
            new Ending("ا", 3),
    };

    private ArabicSuffixes() {
    }

    /** The word without the endings that can safely go. */
    public static String strip(String word) {
        String rest = word;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (Ending ending : ENDINGS_LONGEST_FIRST) {
                if (rest.endsWith(ending.text()) && rest.length() - ending.text().length() >= ending.minimumLeft()) {
                    rest = rest.substring(0, rest.length() - ending.text().length());
                    cut = true;
                    break;
                }
            }
        }
        return rest;
    }
}
