package org.akhbar.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;

import org.akhbar.text.DigitStyle;
import org.junit.jupiter.api.Test;

class MessageTextTests {

    private final Messages western = new Messages(Map.of(
            "plain", "اظهر المزيد",
            "one-argument", "المزيد من {0}",
            "two-arguments", "{1} ثم {0}",
            "braces", "{x} و{9} و{0}",
            "minutes.few", "{0} دقائق قراءة",
            "minutes.many", "{0} دقيقة قراءة"), DigitStyle.WESTERN);

    @Test
    void aTextWithoutPlaceholdersIsReturnedAsItIs() {
        assertThat(western.get("plain")).isEqualTo("اظهر المزيد");
    }

    @Test
    void placeholdersAreFilledByPosition() {
        assertThat(western.get("one-argument", "الاقتصاد")).isEqualTo("المزيد من الاقتصاد");
        assertThat(western.get("two-arguments", "أ", "ب")).isEqualTo("ب ثم أ");
    }

    @Test
    void bracesThatAreNotPlaceholdersStay() {
        assertThat(western.get("braces", "أ")).isEqualTo("{x} و{9} وأ");
    }

    @Test
    void numbersTakeTheSitesDigits() {
        Messages indic = new Messages(Map.of("minutes.few", "{0} دقائق قراءة"), DigitStyle.ARABIC_INDIC);
        assertThat(indic.count("minutes", 5)).isEqualTo("٥ دقائق قراءة");
    }

    @Test
    void countedPhrasesTakeTheirPluralForm() {
        assertThat(western.count("minutes", 5)).isEqualTo("5 دقائق قراءة");
        assertThat(western.count("minutes", 25)).isEqualTo("25 دقيقة قراءة");
    }

    @Test
    void anUnknownKeyIsABugNotABlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> western.get("missing"));
    }

    @Test
    void theBundlesGiveArabicByDefaultAndEnglishOnRequest() {
        MessageBundles bundles = new MessageBundles();
        assertThat(bundles.forLocale(Locale.forLanguageTag("ar")).get("listing.show-more")).isEqualTo("اظهر المزيد");
        assertThat(bundles.forLocale(Locale.ENGLISH).get("listing.show-more")).isEqualTo("Show more");
    }
}
