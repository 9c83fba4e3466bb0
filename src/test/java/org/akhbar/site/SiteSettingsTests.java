package org.akhbar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.akhbar.text.DigitStyle;
import org.akhbar.text.MonthStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The settings as they stand: the stored values over the {@code akhbar.site.*} defaults. */
class SiteSettingsTests {

    private final SiteProperties defaults = new SiteProperties("أخبار", "وصف", URI.create("https://akhbar.example"),
            "رئيسي", ZoneId.of("Asia/Riyadh"), MonthStyle.MASHRIQ, DigitStyle.WESTERN, true, 12);

    private final Logger log = (Logger) LoggerFactory.getLogger(SiteSettings.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    private List<String> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void withNothingStoredThePropertiesStand() {
        assertThat(SiteSettings.merge(defaults, Map.of()))
                .isEqualTo(new SiteSettings("أخبار", "رئيسي", MonthStyle.MASHRIQ, DigitStyle.WESTERN, true, false, "", 0, false));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void storedValuesOverrideTheProperties() {
        SiteSettings merged = SiteSettings.merge(defaults, Map.of("name", "صدى الشام", "headline-section", "عاجل",
                "months", "LEVANT", "digits", "ARABIC_INDIC", "hijri", "false"));
        assertThat(merged)
                .isEqualTo(new SiteSettings("صدى الشام", "عاجل", MonthStyle.LEVANT, DigitStyle.ARABIC_INDIC, false, false, "", 0, false));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aValueStoredAloneOverridesOnlyItsOwnProperty() {
        assertThat(SiteSettings.merge(defaults, Map.of("months", "MOROCCO")))
                .isEqualTo(new SiteSettings("أخبار", "رئيسي", MonthStyle.MOROCCO, DigitStyle.WESTERN, true, false, "", 0, false));
    }

    @Test
    void anEmptyHeadlineSectionMeansNone() {
        assertThat(SiteSettings.merge(defaults, Map.of("headline-section", "")).headlineSection()).isEmpty();
    }

    @Test
    void anUnknownStyleIsIgnoredWithAWarningAndTheDefaultStays() {
        SiteSettings merged = SiteSettings.merge(defaults,
                Map.of("months", "PERSIAN", "digits", "ROMAN", "name", "ميدان"));
        assertThat(merged.months()).isEqualTo(MonthStyle.MASHRIQ);
        assertThat(merged.digits()).isEqualTo(DigitStyle.WESTERN);
        assertThat(merged.name()).isEqualTo("ميدان");
        assertThat(warnings()).hasSize(2)
                .anyMatch(w -> w.contains("months=PERSIAN")).anyMatch(w -> w.contains("digits=ROMAN"));
    }

    @Test
    void aHijriValueOtherThanTrueOrFalseIsIgnored() {
        assertThat(SiteSettings.merge(defaults, Map.of("hijri", "yes")).hijri()).isTrue();
        assertThat(warnings()).singleElement().asString().contains("hijri=yes");
    }

    @Test
    void aBlankNameIsIgnored() {
        assertThat(SiteSettings.merge(defaults, Map.of("name", "  ")).name()).isEqualTo("أخبار");
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void aSettingThisVersionDoesNotKnowIsIgnored() {
        assertThat(SiteSettings.merge(defaults, Map.of("colour", "red")))
                .isEqualTo(SiteSettings.merge(defaults, Map.of()));
        assertThat(warnings()).singleElement().asString().contains("colour=red");
    }

    @Test
    void whatIsStoredReadsBackTheSame() {
        SiteSettings settings = new SiteSettings("النهار", "", MonthStyle.ALGERIA_TUNISIA, DigitStyle.ARABIC_INDIC, false, false, "", 0, false);
        assertThat(SiteSettings.merge(defaults, settings.stored())).isEqualTo(settings);
    }

    @Test
    void feedContentAndPublisherLogoAreStoredAndReadBack() {
        SiteSettings settings = new SiteSettings("النهار", "", MonthStyle.MASHRIQ, DigitStyle.WESTERN, true, true,
                "https://cdn.example/logo.png", 30, true);
        assertThat(SiteSettings.merge(defaults, settings.stored())).isEqualTo(settings);
        assertThat(SiteSettings.merge(defaults, Map.of()).feedFullContent()).as("excerpts by default").isFalse();
        assertThat(SiteSettings.merge(defaults, Map.of("feed-full-content", "yes")).feedFullContent()).isFalse();
        assertThat(warnings()).singleElement().asString().contains("feed-full-content=yes");
    }

    @Test
    void stylesAreParsedByTheirExactName() {
        assertThat(SiteSettings.parse(MonthStyle.class, "LEVANT_AND_MASHRIQ")).contains(MonthStyle.LEVANT_AND_MASHRIQ);
        assertThat(SiteSettings.parse(MonthStyle.class, "levant")).isEmpty();
        assertThat(SiteSettings.parse(DigitStyle.class, null)).isEmpty();
    }
}
