package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;

class ReadingTimeTests {

    private static void check(String text, int expectedMinutes) {
        assertThat(ReadingTime.minutes(text)).isEqualTo(expectedMinutes);
    }

    private static String words(int count, String separator) {
        return String.join(separator, Collections.nCopies(count, "كلمة"));
    }

    @Test
    void neverLessThanOneMinute() {
        check("", 1);
        check(null, 1);
        check("كلمة", 1);
    }

    @Test
    void twoHundredWordsPerMinute() {
        check(words(200, " "), 1);
        check(words(400, " "), 2);
        check(words(1000, " "), 5);
    }

    @Test
    void roundsUp() {
        check(words(201, " "), 2);
        check(words(401, " "), 3);
    }

    @Test
    void punctuationAloneIsNotAWord() {
        check(words(200, " ") + " — ، - «»", 1);
    }

    @Test
    void anyWhitespaceSeparatesWords() {
        check(words(201, "\n"), 2);
        check(words(201, "\u00A0"), 2);
    }

    @Test
    void countsWordsWithAttachedPunctuation() {
        assertThat(ReadingTime.words("قال: الحكومة، الليبية تصادق «اليوم».")).isEqualTo(5);
    }

    @Test
    void htmlTagsAreWordBreaksAndAreNotRead() {
        assertThat(ReadingTime.minutesOfHtml("<p>" + "كلمة ".repeat(200) + "</p><p>أخرى</p>")).isEqualTo(2);
        assertThat(ReadingTime.minutesOfHtml("<p>كلمة</p>".repeat(200))).isEqualTo(1);
        assertThat(ReadingTime.minutesOfHtml("<p>كلمة</p>".repeat(201))).isEqualTo(2);
    }

    @Test
    void attributesAreNotCountedAsWords() {
        assertThat(ReadingTime.minutesOfHtml("<a href=\"" + "x ".repeat(500) + "\">رابط</a>")).isEqualTo(1);
    }
}
