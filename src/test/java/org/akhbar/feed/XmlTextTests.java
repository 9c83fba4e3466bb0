package org.akhbar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTests {

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "عنوان \"مقتبس\" <b> & \t\n\r 😀";
        assertThat(XmlText.clean(text)).isSameAs(text);
    }

    @Test
    void controlCharactersXmlForbidsAreDropped() {
        assertThat(XmlText.clean("أ\u0000ب\u0008ج\u001Fد\uFFFEهـ\uFFFF")).isEqualTo("أبجدهـ");
    }

    @Test
    void loneSurrogatesAreDroppedAndPairsKept() {
        assertThat(XmlText.clean("a\uD83Db\uDE00c\uD83D\uDE00")).isEqualTo("abc\uD83D\uDE00");
    }

    @Test
    void nullIsEmpty() {
        assertThat(XmlText.clean(null)).isEmpty();
    }
}
