package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExcerptsTests {

    private static final int ROOMY = 500;

    private static void check(String html, String expected) {
        check(html, ROOMY, expected);
    }

    private static void check(String html, int maxChars, String expected) {
        assertThat(Excerpts.fromHtml(html, maxChars)).isEqualTo(expected);
    }

    private static void checkText(String text, int maxChars, String expected) {
        assertThat(Excerpts.fromText(text, maxChars)).isEqualTo(expected);
    }

    // Plain text extraction

    @Test
    void stripsTags() {
        check("<p>الحكومة <b>الليبية</b> <a href=\"/x\">تصادق</a></p>", "الحكومة الليبية تصادق");
    }

    @Test
    void inlineTagsDoNotSplitWords() {
        check("<p>ال<strong>كتاب</strong></p>", "الكتاب");
    }

    @Test
    void decodesEntities() {
        check("<p>أ &amp; ب &quot;ج&quot; &#1583; &lt;ه&gt;</p>", "أ & ب \"ج\" د <ه>");
    }

    @Test
    void collapsesWhitespace() {
        check("<p>  غزة \n\n\t رفح  </p>", "غزة رفح");
    }

    @Test
    void collapsesNoBreakSpaces() {
        check("<p>غزة&nbsp;&nbsp; رفح</p>", "غزة رفح");
    }

    @Test
    void separatesBlockElements() {
        check("<p>أولا</p><p>ثانيا</p><h2>ثالثا</h2><ul><li>رابعا</li><li>خامسا</li></ul><div>سادسا</div>"
                + "<blockquote>سابعا</blockquote><table><tr><td>ثامنا</td><td>تاسعا</td></tr></table>",
                "أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا");
    }

    @Test
    void separatesLineBreaks() {
        check("سطر<br>سطر", "سطر سطر");
    }

    @Test
    void skipsAsides() {
        check("<p>قبل</p><aside><p>اقرأ أيضا</p></aside><p>بعد</p>", "قبل بعد");
    }

    @Test
    void skipsFigureCaptions() {
        check("<figure><img src=\"a.jpg\" alt=\"صورة\"><figcaption>صورة أرشيفية</figcaption></figure><p>النص</p>",
                "النص");
    }

    @Test
    void skipsScriptsAndStyles() {
        check("<style>p{}</style><p>النص</p><script>var a = 1;</script>", "النص");
    }

    @Test
    void emptyInputGivesEmpty() {
        check("", "");
        check(null, "");
        check("<p> </p><aside>بطاقة</aside>", "");
        checkText(null, 10, "");
    }

    // Shortening. "واحد اثنان ثلاثة أربعة" has spaces at 4, 10 and 16.

    @Test
    void keepsTextThatFits() {
        checkText("واحد اثنان", 10, "واحد اثنان");
    }

    @Test
    void cutsAtTheLastWordBoundary() {
        checkText("واحد اثنان ثلاثة أربعة", 15, "واحد اثنان…");
    }

    @Test
    void neverCutsInsideAWord() {
        // Ten characters would hold "واحد اثنا" plus the ellipsis; the half word must go.
        checkText("واحد اثنان ثلاثة أربعة", 10, "واحد…");
    }

    @Test
    void keepsAWordEndingRightBeforeTheEllipsis() {
        checkText("واحد اثنان ثلاثة أربعة", 11, "واحد اثنان…");
    }

    @Test
    void resultIncludingEllipsisNeverExceedsTheLimit() {
        String text = "قال وزير الخارجية إن المحادثات مع الجانب التركي كانت بناءة، وإن البلدين اتفقا على مواصلة التنسيق.";
        for (int max = 6; max < text.length(); max++) {
            String excerpt = Excerpts.fromText(text, max);
            String head = excerpt.substring(0, excerpt.length() - 1);
            assertThat(excerpt).as("max %d", max).hasSizeLessThanOrEqualTo(max).endsWith("…");
            assertThat(text).as("max %d", max).startsWith(head);
            assertThat(text.charAt(head.length())).as("max %d", max).isIn(' ', '،');
        }
    }

    @Test
    void stripsADanglingArabicComma() {
        checkText("الحكومة، الليبية تصادق", 10, "الحكومة…");
    }

    @Test
    void stripsOtherDanglingPunctuation() {
        for (String mark : new String[] {",", "؛", ";", ":", "-", " -", " –"}) {
            checkText("الحكومة" + mark + " الليبية تصادق", 11, "الحكومة…");
        }
    }

    @Test
    void cutsAWordOnlyWhenTheFirstWordDoesNotFit() {
        checkText("abcdefghij klm", 5, "abcd…");
    }

    @Test
    void aLongArticleIsReadOnlyAsFarAsTheExcerptNeedsTheResultIsTheSame() {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            html.append("<p>الفقرة  ").append(i).append("،\n <b>نص</b></p><aside>بطاقة</aside>");
            text.append(" الفقرة ").append(i).append("، نص");
        }
        for (int limit : new int[] {1, 7, 12, 13, 14, 40, 333, 2000, 5000}) {
            assertThat(Excerpts.fromHtml(html.toString(), limit)).as("limit %d", limit)
                    .isEqualTo(Excerpts.fromText(text.toString(), limit));
        }
    }

    @Test
    void shortensHtmlToo() {
        check("<p>واحد اثنان</p><aside>بطاقة</aside><p>ثلاثة أربعة</p>", 15, "واحد اثنان…");
    }

    @Test
    void collapsesWhitespaceOfPlainText() {
        checkText("  واحد \n اثنان  ", 100, "واحد اثنان");
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Excerpts.fromText("نص", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Excerpts.fromHtml("<p>نص</p>", -1));
    }
}
