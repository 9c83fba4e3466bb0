package org.akhbar.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Comment text is plain text: every payload comes out as the same text, inert, and only http(s) is linked. */
class CommentTextTests {

    /** The HTML as a browser would read it, inside the comment's container. */
    private static Element rendered(String text) {
        Document page = Jsoup.parseBodyFragment("<div class=\"comment-text\" dir=\"auto\">" + CommentText.toHtml(text) + "</div>");
        return page.selectFirst("div.comment-text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "\"><script>alert(1)</script>",
            "'><body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">اضغط</a>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;vascript:alert(1)",
            "%6A%61%76%61script:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
            "https://example.com/\"onmouseover=\"alert(1)",
            "https://example.com/<script>alert(1)</script>",
            "<<script>script>alert(1)<</script>/script>"})
    void payloadsComeOutAsTheirOwnTextAndNothingElse(String payload) {
        Element shown = rendered(payload);
        assertThat(shown.select("script, img, svg, iframe, style, body")).isEmpty();
        assertThat(shown.getAllElements()).allSatisfy(element -> {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey()).doesNotStartWith("on"));
        });
        assertThat(shown.select("a")).allSatisfy(link -> {
            assertThat(link.attr("href")).matches("https?://.*");
            assertThat(link.attr("rel")).isEqualTo("nofollow ugc");
        });
        assertThat(shown.wholeText()).isEqualTo(payload);
    }

    @Test
    void httpAndHttpsAddressesBecomeNofollowLinks() {
        Element shown = rendered("انظر https://akhbar.example/a?x=1&y=2، ثم http://b.example.");
        assertThat(shown.select("a").eachAttr("href")).containsExactly("https://akhbar.example/a?x=1&y=2", "http://b.example");
        assertThat(shown.select("a").eachAttr("rel")).containsOnly("nofollow ugc");
        assertThat(shown.select("a").eachAttr("dir")).containsOnly("ltr");
        assertThat(shown.text()).isEqualTo("انظر https://akhbar.example/a?x=1&y=2، ثم http://b.example.");
    }

    @Test
    void otherSchemesStayText() {
        assertThat(rendered("ftp://a.example mailto:a@b.example www.c.example").select("a")).isEmpty();
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(CommentText.toHtml("سطر أول\nسطر ثان")).isEqualTo("سطر أول<br>\nسطر ثان");
    }

    @Test
    void cleaningKeepsLinesButNotControlsOrDirectionOverrides() {
        assertThat(CommentText.clean("  أهلاً\r\n\r\n\r\n\r\nبك\u202E عكس\u2066\u0007  ")).isEqualTo("أهلاً\n\nبك عكس");
        assertThat(CommentText.clean(null)).isEmpty();
    }

    @Test
    void linksAreCountedWithOrWithoutTheirScheme() {
        assertThat(CommentText.links("https://a.example http://b.example www.c.example")).isEqualTo(3);
        assertThat(CommentText.links("لا روابط هنا")).isZero();
    }
}
