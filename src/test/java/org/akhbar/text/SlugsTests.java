package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SlugsTests {

    private static void check(String input, String expected) {
        assertThat(Slugs.slugify(input)).isEqualTo(expected);
    }

    private static void check(String input, int maxLength, String expected) {
        assertThat(Slugs.slugify(input, maxLength)).isEqualTo(expected);
    }

    @Test
    void keepsArabicWordsAsWritten() {
        check("الحكومة الليبية تصادق على تفعيل الاتفاق الأمني مع تركيا",
                "الحكومة-الليبية-تصادق-على-تفعيل-الاتفاق-الأمني-مع-تركيا");
    }

    @Test
    void dropsPunctuationAndHarakatOfAHeadline() {
        check("أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا", "أردوغان-تركيا-مستعدة-لإرسال-قوات-إلى-ليبيا");
    }

    @Test
    void mixesLatinArabicAndDigits() {
        check("Apple تطلق iPhone ١٧", "apple-تطلق-iphone-17");
    }

    @Test
    void lowercasesLatin() {
        check("BREAKING News", "breaking-news");
    }

    @Test
    void dropsLatinAccents() {
        check("Café Déjà vu", "cafe-deja-vu");
    }

    @Test
    void keepsWesternDigits() {
        check("كأس العالم 2026", "كأس-العالم-2026");
    }

    @Test
    void convertsArabicIndicDigits() {
        check("انتخابات ٢٠٢٦", "انتخابات-2026");
    }

    @Test
    void convertsPersianDigits() {
        check("سال ۱۴۰۵", "سال-1405");
    }

    @Test
    void removesHarakatWithoutSplittingTheWord() {
        check("مُحَمَّدٌ رَسُولُ", "محمد-رسول");
    }

    @Test
    void removesSuperscriptAlef() {
        check("هٰذا الرحمٰن", "هذا-الرحمن");
    }

    @Test
    void removesTatweel() {
        check("الحكـــــومة", "الحكومة");
    }

    @Test
    void keepsHamzaForms() {
        check("أمن إيران آخر مؤتمر رئيس", "أمن-إيران-آخر-مؤتمر-رئيس");
    }

    @Test
    void keepsTaaMarbutaAndAlefMaqsura() {
        check("مدرسة على", "مدرسة-على");
    }

    @Test
    void composesDecomposedHamza() {
        // Alef followed by a combining hamza above, as some keyboards produce it.
        check("\u0627\u0654من", "أمن");
    }

    @Test
    void foldsPresentationForms() {
        // Isolated/final/medial glyph forms and the lam-alef ligature, as copied from PDFs.
        check("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", "السلام");
    }

    @Test
    void arabicPunctuationSeparates() {
        check("نعم،لا؛ربما؟حقا", "نعم-لا-ربما-حقا");
    }

    @Test
    void quotesSeparate() {
        check("«السلام» “الآن” 'هنا' \"هناك\"", "السلام-الآن-هنا-هناك");
    }

    @Test
    void colonsSlashesAndDotsSeparate() {
        check("أ/ب\\ج.د:ه", "أ-ب-ج-د-ه");
    }

    @Test
    void invisibleJoinersAndDirectionMarksSeparate() {
        check("سلام\u200Cعليكم", "سلام-عليكم");
        check("سلام\u200Dعليكم", "سلام-عليكم");
        check("سلام\u200Fعليكم", "سلام-عليكم");
        check("سلام\u200Eعليكم", "سلام-عليكم");
    }

    @Test
    void collapsesRunsOfSeparators() {
        check("غزة  --  رفح !!! خان يونس", "غزة-رفح-خان-يونس");
    }

    @Test
    void hasNoLeadingOrTrailingHyphen() {
        check(" «عاجل» ", "عاجل");
        check("\u200F؟ماذا بعد؟\u200F", "ماذا-بعد");
    }

    @Test
    void otherScriptsSeparate() {
        check("Путин يلتقي", "يلتقي");
    }

    @Test
    void isEmptyWhenNothingUsableRemains() {
        check("؟! … «»", "");
        check("\u064B\u0640\u064C", "");
        check("", "");
        check(null, "");
    }

    @Test
    void defaultLimitIsEightyCharacters() {
        String headline = "وزير الخارجية يبحث مع نظيره التركي في أنقرة مستجدات الأوضاع في المنطقة"
                + " وسبل تعزيز التعاون الثنائي بين البلدين الشقيقين في مختلف المجالات";
        String full = Slugs.slugify(headline, Integer.MAX_VALUE);
        String slug = Slugs.slugify(headline);

        assertThat(full).hasSizeGreaterThan(Slugs.DEFAULT_MAX_LENGTH);
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.DEFAULT_MAX_LENGTH)
                .isEqualTo("وزير-الخارجية-يبحث-مع-نظيره-التركي-في-أنقرة-مستجدات-الأوضاع-في-المنطقة-وسبل");
        assertThat(full.charAt(slug.length())).isEqualTo('-');
    }

    @Test
    void cutsAtTheLastHyphenBeforeTheLimit() {
        // "واحد-اثنان-ثلاثة": hyphens at 4 and 10.
        check("واحد اثنان ثلاثة", 12, "واحد-اثنان");
        check("واحد اثنان ثلاثة", 9, "واحد");
    }

    @Test
    void keepsAWordEndingExactlyAtTheLimit() {
        check("واحد اثنان ثلاثة", 10, "واحد-اثنان");
    }

    @Test
    void keepsASlugThatFits() {
        check("واحد اثنان ثلاثة", 16, "واحد-اثنان-ثلاثة");
    }

    @Test
    void cutsASingleWordLongerThanTheLimit() {
        check("abcdefghij", 4, "abcd");
        check("abcdefghij kl", 4, "abcd");
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.slugify("غزة", 0));
    }

    @Test
    void uniqueKeepsAFreeSlug() {
        assertThat(Slugs.unique("اقتصاد", "section", java.util.Set.of()::contains)).isEqualTo("اقتصاد");
    }

    @Test
    void uniqueNumbersATakenSlug() {
        assertThat(Slugs.unique("اقتصاد", "section", java.util.Set.of("اقتصاد", "اقتصاد-2")::contains))
                .isEqualTo("اقتصاد-3");
    }

    @Test
    void uniqueFallsBackForAnEmptyBase() {
        assertThat(Slugs.unique("", "tag", java.util.Set.of("tag")::contains)).isEqualTo("tag-2");
    }
}
