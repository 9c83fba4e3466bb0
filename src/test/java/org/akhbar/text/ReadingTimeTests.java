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
}
