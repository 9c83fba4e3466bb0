package org.akhbar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.akhbar.article.ArticleHtml.Part;
import org.junit.jupiter.api.Test;

class ArticleHtmlTests {

    private static final Map<String, Long> KNOWN = Map.of("demo-021", 21L);

    private static void check(String input, String expected) {
        assertThat(ArticleHtml.sanitize(input, id -> Optional.ofNullable(KNOWN.get(id)))).isEqualTo(expected);
    }

    @Test
    void keepsTheAllowedStructure() {
        check("<h2>عنوان</h2><p>فقرة <strong>مهمة</strong> و<em>مائلة</em></p><ul><li>أ</li></ul><blockquote><p>قول</p></blockquote>",
                "<h2>عنوان</h2><p>فقرة <strong>مهمة</strong> و<em>مائلة</em></p><ul><li>أ</li></ul><blockquote><p>قول</p></blockquote>");
    }

    @Test
    void removesScriptsAndTheirContent() {
        check("<p>نص</p><script>alert(1)</script>", "<p>نص</p>");
    }

    @Test
    void removesEventHandlers() {
        check("<p onclick=\"alert(1)\">نص</p><img src=\"https://example.org/a.jpg\" onerror=\"alert(1)\">",
                "<p>نص</p><img src=\"https://example.org/a.jpg\">");
    }

    @Test
    void removesJavascriptLinksInAllTheirSpellings() {
        for (String href : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
                " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=")) {
            check("<p><a href=\"" + href + "\">رابط</a></p>", "<p><a>رابط</a></p>");
        }
    }

    @Test
    void keepsSafeAndRelativeLinks() {
        check("<p><a href=\"https://example.org/x\">أ</a> <a href=\"/article/3/س\">ب</a></p>",
                "<p><a href=\"https://example.org/x\">أ</a> <a href=\"/article/3/س\">ب</a></p>");
    }

    @Test
    void dropsStylesIframesAndForms() {
        check("<p style=\"color:red\">نص</p><iframe src=\"https://evil\"></iframe><form><input></form>", "<p>نص</p>");
    }

    @Test
    void demotesTheTitleLevelHeading() {
        check("<h1>عنوان</h1>", "<h2>عنوان</h2>");
    }

    @Test
    void removesEmptyParagraphs() {
        check("<p>أ</p><p> </p><p></p><p>ب</p>", "<p>أ</p><p>ب</p>");
    }

    @Test
    void storesAnEmbedByIdInOneExactForm() {
        check("<aside class=\"x\" data-article-id=\"42\"><p>old card</p></aside>", "<aside data-article-id=\"42\"></aside>");
    }

    @Test
    void resolvesAnEmbedByExternalId() {
        check("<aside data-article-external-id=\"demo-021\"></aside>", "<aside data-article-id=\"21\"></aside>");
    }

    @Test
    void keepsAnUnknownExternalIdForLater() {
        check("<aside data-article-external-id=\"later\"></aside>", "<aside data-article-external-id=\"later\"></aside>");
    }

    @Test
    void unwrapsAnOrdinaryAside() {
        check("<aside><p>هامش</p></aside>", "<p>هامش</p>");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(ArticleHtml.fromPlainText("سطر أول\nسطر ثان\n\n<b>فقرة</b> & أخرى\n"))
                .isEqualTo("<p>سطر أول<br>سطر ثان</p><p>&lt;b&gt;فقرة&lt;/b&gt; &amp; أخرى</p>");
    }

    @Test
    void cutsAStoredBodyAtItsEmbeds() {
        List<Part> parts = ArticleHtml.parts("<p>أ</p><aside data-article-id=\"7\"></aside><p>ب</p>"
                + "<aside data-article-external-id=\"x\"></aside>");
        assertThat(parts).containsExactly(new Part.Html("<p>أ</p>"), new Part.ReadAlso(7), new Part.Html("<p>ب</p>"));
    }

    @Test
    void writesEmbedsByExternalIdForExport() {
        assertThat(ArticleHtml.withExternalIds("<p>أ</p><aside data-article-id=\"7\"></aside>", id -> Optional.of("ext-" + id)))
                .isEqualTo("<p>أ</p><aside data-article-external-id=\"ext-7\"></aside>");
    }

    @Test
    void forElsewhereMakesAddressesAbsoluteAndLeavesTheEmbedsOut() {
        String stored = "<p><a href=\"/article/3/%D8%A3\">داخلي</a> <a href=\"https://other.example/x\">خارجي</a>"
                + " <a href=\"mailto:desk@akhbar.example\">بريد</a></p><aside data-article-id=\"3\"></aside>"
                + "<aside data-article-external-id=\"wp-9\"></aside><figure><img data-media-id=\"5\" src=\"/media/k/1024.jpg\""
                + " srcset=\"/media/k/320.jpg 320w, /media/k/1024.jpg 1024w\" alt=\"صورة\"></figure>";
        assertThat(ArticleHtml.forElsewhere(stored, "https://akhbar.example"))
                .isEqualTo("<p><a href=\"https://akhbar.example/article/3/%D8%A3\">داخلي</a>"
                        + " <a href=\"https://other.example/x\">خارجي</a> <a href=\"mailto:desk@akhbar.example\">بريد</a></p>"
                        + "<figure><img src=\"https://akhbar.example/media/k/1024.jpg\" srcset=\"https://akhbar.example/media/k/320.jpg 320w,"
                        + " https://akhbar.example/media/k/1024.jpg 1024w\" alt=\"صورة\"></figure>");
    }
}
