package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicDatesTests {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");       // UTC+3 all year
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");     // UTC+3 all year
    private static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");       // UTC+2 in winter
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca"); // UTC+1 outside Ramadan
    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");   // UTC+1 all year

    private static final ArabicDates GULF = new ArabicDates(MonthStyle.MASHRIQ, DigitStyle.WESTERN, RIYADH);
    private static final ArabicDates GULF_INDIC = new ArabicDates(MonthStyle.MASHRIQ, DigitStyle.ARABIC_INDIC, RIYADH);
    private static final ArabicDates GULF_IN_UTC = new ArabicDates(MonthStyle.MASHRIQ, DigitStyle.WESTERN, ZoneOffset.UTC);

    /** 29 Nov 2026, 14:05 in Riyadh; a Sunday. */
    private static final Instant SUNDAY_AFTERNOON = Instant.parse("2026-11-29T11:05:00Z");
    /** 29 Nov 2026, 00:30 in Riyadh, still 28 Nov in UTC. */
    private static final Instant JUST_AFTER_RIYADH_MIDNIGHT = Instant.parse("2026-11-28T21:30:00Z");
    /** 28 Nov 2026, 23:59 in Riyadh. */
    private static final Instant JUST_BEFORE_RIYADH_MIDNIGHT = Instant.parse("2026-11-28T20:59:00Z");

    private static void check(ArabicDates dates, String instant, String expected) {
        assertThat(dates.date(Instant.parse(instant))).isEqualTo(expected);
    }

    private static void checkHijri(ArabicDates dates, String instant, String expected) {
        assertThat(dates.hijri(Instant.parse(instant))).isEqualTo(expected);
    }

    // Gregorian dates, one test per month style, each across a local midnight.

    @Test
    void mashriqDate() {
        check(GULF, "2026-11-29T11:05:00Z", "29 نوفمبر 2026");
        check(GULF, "2026-11-28T20:59:00Z", "28 نوفمبر 2026");
        check(GULF, "2026-11-28T21:00:00Z", "29 نوفمبر 2026");
        check(GULF, "2026-05-04T12:00:00Z", "4 مايو 2026");
    }

    @Test
    void levantDate() {
        ArabicDates beirut = new ArabicDates(MonthStyle.LEVANT, DigitStyle.WESTERN, BEIRUT);
        check(beirut, "2026-01-31T21:59:00Z", "31 كانون الثاني 2026");
        check(beirut, "2026-01-31T22:00:00Z", "1 شباط 2026");
        check(beirut, "2026-10-10T12:00:00Z", "10 تشرين الأول 2026");
    }

    @Test
    void moroccoDate() {
        ArabicDates casablanca = new ArabicDates(MonthStyle.MOROCCO, DigitStyle.WESTERN, CASABLANCA);
        check(casablanca, "2026-07-31T22:59:00Z", "31 يوليوز 2026");
        check(casablanca, "2026-07-31T23:00:00Z", "1 غشت 2026");
        check(casablanca, "2026-12-15T12:00:00Z", "15 دجنبر 2026");
    }

    @Test
    void algeriaTunisiaDate() {
        ArabicDates algiers = new ArabicDates(MonthStyle.ALGERIA_TUNISIA, DigitStyle.WESTERN, ALGIERS);
        check(algiers, "2026-06-30T22:59:00Z", "30 جوان 2026");
        check(algiers, "2026-06-30T23:00:00Z", "1 جويلية 2026");
        check(algiers, "2026-02-02T12:00:00Z", "2 فيفري 2026");
    }

    @Test
    void levantAndMashriqDate() {
        ArabicDates baghdad = new ArabicDates(MonthStyle.LEVANT_AND_MASHRIQ, DigitStyle.WESTERN, BAGHDAD);
        check(baghdad, "2026-11-30T20:59:00Z", "30 تشرين الثاني/نوفمبر 2026");
        check(baghdad, "2026-11-30T21:00:00Z", "1 كانون الأول/ديسمبر 2026");
    }

    @Test
    void sameInstantIsADifferentDayInAnotherZone() {
        assertThat(GULF.date(JUST_AFTER_RIYADH_MIDNIGHT)).isEqualTo("29 نوفمبر 2026");
        assertThat(GULF_IN_UTC.date(JUST_AFTER_RIYADH_MIDNIGHT)).isEqualTo("28 نوفمبر 2026");
    }

    @Test
    void arabicIndicDigits() {
        assertThat(GULF_INDIC.date(SUNDAY_AFTERNOON)).isEqualTo("٢٩ نوفمبر ٢٠٢٦");
    }

    @Test
    void dayHasNoLeadingZero() {
        check(GULF, "2026-03-05T12:00:00Z", "5 مارس 2026");
    }

    // Weekday

    @Test
    void dateWithWeekday() {
        assertThat(GULF.dateWithWeekday(SUNDAY_AFTERNOON)).isEqualTo("الأحد 29 نوفمبر 2026");
        assertThat(GULF_INDIC.dateWithWeekday(SUNDAY_AFTERNOON)).isEqualTo("الأحد ٢٩ نوفمبر ٢٠٢٦");
    }

    @Test
    void weekdayNamesFromSundayToSaturday() {
        List<String> names = new ArrayList<>();
        for (int day = 29; day <= 35; day++) {
            String weekday = GULF.dateWithWeekday(SUNDAY_AFTERNOON.plusSeconds((day - 29) * 86_400L));
            names.add(weekday.substring(0, weekday.indexOf(' ')));
        }
        assertThat(names).containsExactly("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");
    }

    @Test
    void weekdayFollowsTheZone() {
        assertThat(GULF.dateWithWeekday(JUST_AFTER_RIYADH_MIDNIGHT)).isEqualTo("الأحد 29 نوفمبر 2026");
        assertThat(GULF.dateWithWeekday(JUST_BEFORE_RIYADH_MIDNIGHT)).isEqualTo("السبت 28 نوفمبر 2026");
        assertThat(GULF_IN_UTC.dateWithWeekday(JUST_AFTER_RIYADH_MIDNIGHT)).isEqualTo("السبت 28 نوفمبر 2026");
    }

    // Date and time

    @Test
    void dateTimeUsesTheLocal24HourClock() {
        assertThat(GULF.dateTime(SUNDAY_AFTERNOON)).isEqualTo("29 نوفمبر 2026 - 14:05");
        assertThat(GULF_IN_UTC.dateTime(SUNDAY_AFTERNOON)).isEqualTo("29 نوفمبر 2026 - 11:05");
    }

    @Test
    void dateTimePadsHoursAndMinutes() {
        assertThat(GULF.dateTime(Instant.parse("2026-11-29T06:07:00Z"))).isEqualTo("29 نوفمبر 2026 - 09:07");
        assertThat(GULF.dateTime(Instant.parse("2026-11-28T21:00:59Z"))).isEqualTo("29 نوفمبر 2026 - 00:00");
        assertThat(GULF.dateTime(JUST_BEFORE_RIYADH_MIDNIGHT)).isEqualTo("28 نوفمبر 2026 - 23:59");
    }

    @Test
    void dateTimeInArabicIndicDigits() {
        assertThat(GULF_INDIC.dateTime(SUNDAY_AFTERNOON)).isEqualTo("٢٩ نوفمبر ٢٠٢٦ - ١٤:٠٥");
    }

    // Hijri. Expectations are dates announced by Saudi Arabia per Umm al-Qura,
    // which the JDK's HijrahChronology agrees with.

    @Test
    void hijriFirstOfRamadan1447() {
        // Ramadan 1447 began on Wednesday 18 February 2026.
        checkHijri(GULF, "2026-02-18T09:00:00Z", "1 رمضان 1447 هـ");
    }

    @Test
    void hijriFirstOfMuharram1447() {
        // Islamic new year 1447 fell on Thursday 26 June 2025.
        checkHijri(GULF, "2025-06-26T09:00:00Z", "1 محرم 1447 هـ");
        checkHijri(GULF, "2025-06-25T09:00:00Z", "29 ذو الحجة 1446 هـ");
    }

    @Test
    void hijriKnownFeasts() {
        // Day of Arafah 1446: Thursday 5 June 2025; Eid al-Fitr 1446: Sunday 30 March 2025;
        // Ramadan 1445 began Monday 11 March 2024.
        checkHijri(GULF, "2025-06-05T09:00:00Z", "9 ذو الحجة 1446 هـ");
        checkHijri(GULF, "2025-03-30T09:00:00Z", "1 شوال 1446 هـ");
        checkHijri(GULF, "2024-03-11T09:00:00Z", "1 رمضان 1445 هـ");
    }

    @Test
    void hijriOfTheSampleDay() {
        checkHijri(GULF, "2026-11-29T11:05:00Z", "19 جمادى الآخرة 1448 هـ");
    }

    @Test
    void hijriFollowsTheZone() {
        // 00:30 on 18 Feb in Riyadh is still 17 Feb (29 Sha'ban) in UTC.
        Instant instant = Instant.parse("2026-02-17T21:30:00Z");
        assertThat(GULF.hijri(instant)).isEqualTo("1 رمضان 1447 هـ");
        assertThat(GULF_IN_UTC.hijri(instant)).isEqualTo("29 شعبان 1447 هـ");
    }

    @Test
    void hijriInArabicIndicDigits() {
        checkHijri(GULF_INDIC, "2026-02-18T09:00:00Z", "١ رمضان ١٤٤٧ هـ");
    }

    @Test
    void hijriMonthNamesInOrder() {
        List<String> expected = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.from(HijrahDate.of(1447, month, 1));
            Instant noon = first.atTime(LocalTime.NOON).atZone(RIYADH).toInstant();
            assertThat(GULF.hijri(noon)).isEqualTo("1 " + expected.get(month - 1) + " 1447 هـ");
        }
    }

    @Test
    void hijriSuffixIsHehWithTatweel() {
        assertThat(GULF.hijri(SUNDAY_AFTERNOON)).endsWith(" \u0647\u0640");
    }

    @Test
    void hijriIsEmptyOutsideTheSupportedRange() {
        checkHijri(GULF, "1800-01-01T12:00:00Z", "");
        checkHijri(GULF, "2300-01-01T12:00:00Z", "");
        assertThat(GULF.hijri(Instant.MAX)).isEmpty();
        assertThat(GULF.hijri(Instant.MIN)).isEmpty();
    }

    // ISO date

    @Test
    void isoDateIsInTheZoneAndAlwaysWestern() {
        assertThat(GULF_INDIC.isoDate(JUST_AFTER_RIYADH_MIDNIGHT)).isEqualTo("2026-11-29");
        assertThat(GULF_IN_UTC.isoDate(JUST_AFTER_RIYADH_MIDNIGHT)).isEqualTo("2026-11-28");
        assertThat(GULF.isoDate(Instant.parse("2026-03-05T12:00:00Z"))).isEqualTo("2026-03-05");
    }

    @Test
    void exposesItsSettings() {
        assertThat(GULF_INDIC.zone()).isEqualTo(RIYADH);
        assertThat(GULF_INDIC.months()).isEqualTo(MonthStyle.MASHRIQ);
        assertThat(GULF_INDIC.digits()).isEqualTo(DigitStyle.ARABIC_INDIC);
        assertThat(GULF).isEqualTo(new ArabicDates(MonthStyle.MASHRIQ, DigitStyle.WESTERN, RIYADH))
                .isNotEqualTo(GULF_INDIC);
    }

    @Test
    void rejectsMissingSettings() {
        assertThatNullPointerException().isThrownBy(() -> new ArabicDates(null, DigitStyle.WESTERN, RIYADH));
        assertThatNullPointerException().isThrownBy(() -> new ArabicDates(MonthStyle.MASHRIQ, null, RIYADH));
        assertThatNullPointerException().isThrownBy(() -> new ArabicDates(MonthStyle.MASHRIQ, DigitStyle.WESTERN, null));
    }
}
