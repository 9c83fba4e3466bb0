package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordPressContentTests {

    /** Attachment 10 is media 3 (file 2019/05/photo.jpg); post /2019/05/first is at /article/1/first. */
    private static final WordPressContent.Resolver RESOLVER = new WordPressContent.Resolver() {
        private final OldAddresses old = new OldAddresses("https://news.example.com");

        @Override
        public Optional<Long> attachment(String wordpressId) {
            return wordpressId.equals("10") ? Optional.of(3L) : Optional.empty();
        }

        @Override
        public Optional<Long> upload(String url) {
            return url.endsWith("/wp-content/uploads/2019/05/photo.jpg") ? Optional.of(3L) : Optional.empty();
        }

        @Override
        public Optional<String> link(String href) {
            return old.keyOf(href).map(Map.of("/2019/05/first", "/article/1/first")::get);
        }

        @Override
        public boolean isOldSite(String href) {
            return old.isOldSite(href);
        }
    };

    private static WordPressContent.Converted convert(String raw) {
        return WordPressContent.convert(raw, RESOLVER);
    }

    @Test
    void blockEditorCommentsAreRemoved() {
        assertThat(convert("<!-- wp:paragraph -->\n<p>نص</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":5} /-->").html())
                .isEqualTo("<p>نص</p>");
    }

    @Test
    void blankLinesMakeParagraphsAndSingleBreaksLineBreaks() {
        assertThat(convert("سطر أول\nسطر ثان\n\nفقرة ثانية").html())
                .isEqualTo("<p>سطر أول<br>سطر ثان</p>\n<p>فقرة ثانية</p>");
    }

    @Test
    void blockElementsAreNotWrappedInParagraphs() {
        assertThat(convert("<h2>عنوان</h2>\n\n<ul><li>بند</li></ul>\n\n<strong>مهم</strong> نص").html())
                .isEqualTo("<h2>عنوان</h2>\n<ul><li>بند</li></ul>\n<p><strong>مهم</strong> نص</p>");
    }

    @Test
    void aCaptionBecomesAFigureWithItsImageFromTheLibrary() {
        String html = convert("[caption id=\"attachment_10\" width=\"300\"]<a href=\"https://news.example.com/wp-content/uploads/2019/05/photo.jpg\">"
                + "<img class=\"wp-image-10\" src=\"https://news.example.com/wp-content/uploads/2019/05/photo-300x200.jpg\" alt=\"حقل\" /></a> حقل نفطي[/caption]").html();
        assertThat(html).isEqualTo("<figure><img data-media-id=\"3\" alt=\"حقل\"><figcaption>حقل نفطي</figcaption></figure>");
    }

    @Test
    void anOldStyleCaptionAttributeIsUsed() {
        assertThat(convert("[caption caption=\"شرح\"]<img src=\"https://elsewhere.example/a.jpg\">[/caption]").html())
                .isEqualTo("<figure><img src=\"https://elsewhere.example/a.jpg\"><figcaption>شرح</figcaption></figure>");
    }

    @Test
    void aGalleryBecomesAFigureOfTheImportedImages() {
        assertThat(convert("[gallery ids=\"10,999\"]").html()).isEqualTo("<figure><img data-media-id=\"3\"></figure>");
    }

    @Test
    void unknownShortcodesStayVisibleAndAreListed() {
        WordPressContent.Converted converted = convert("قبل [contact-form-7 id=\"5\"] وبعد [su_box]داخل [caption]<img src=\"https://x.example/a.jpg\"> ش[/caption][/su_box]");
        assertThat(converted.html()).contains("[contact-form-7 id=\"5\"]", "[su_box]", "[/su_box]", "<figure>");
        assertThat(converted.unknownShortcodes()).containsExactly("contact-form-7", "su_box");
    }

    @Test
    void anEscapedShortcodeIsText() {
        WordPressContent.Converted converted = convert("اكتب [[gallery]] هكذا");
        assertThat(converted.html()).isEqualTo("<p>اكتب [gallery] هكذا</p>");
        assertThat(converted.unknownShortcodes()).isEmpty();
    }

    @Test
    void numbersInBracketsAreNotShortcodes() {
        assertThat(convert("حاشية [1]").unknownShortcodes()).isEmpty();
    }

    @Test
    void linksToKnownOldPostsGetTheirNewAddressOthersAreMarked() {
        WordPressContent.Converted known = convert("<p><a href=\"https://www.news.example.com/2019/05/first/\">أ</a> <a href=\"https://other.example/\">ب</a></p>");
        assertThat(known.html()).contains("href=\"/article/1/first\"", "href=\"https://other.example/\"");
        assertThat(known.unresolvedLinks()).isFalse();
        WordPressContent.Converted later = convert("<p><a href=\"https://news.example.com/2019/06/later/\">ج</a></p>");
        assertThat(later.unresolvedLinks()).isTrue();
    }

    @Test
    void embedsBecomeLinks() {
        assertThat(convert("[embed]https://www.youtube.com/watch?v=x[/embed]").html())
                .isEqualTo("<p><a href=\"https://www.youtube.com/watch?v=x\">https://www.youtube.com/watch?v=x</a></p>");
    }

    @Test
    void otherCommentsAndAnUnclosedBlockCommentStay() {
        assertThat(WordPressContent.withoutBlockComments("<!-- more -->أ<!--wp:x-->ب<!-- /wp:y {} /-->ج<!-- wp:z"))
                .isEqualTo("<!-- more -->أبج<!-- wp:z");
    }

    @Test
    void spacesAroundLineBreaksGoWithThem() {
        assertThat(WordPressContent.paragraphs(" أ \t\n  ب \n \t\n\n ج  د\n")).isEqualTo("<p>أ<br>ب</p>\n<p>ج  د</p>");
    }

    /** The scanners replaced regular expressions; on text made of the characters that matter, they agree. */
    @Test
    void theScannersDoWhatTheRegularExpressionsDid() {
        Pattern blockComment = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
        Pattern blankLine = Pattern.compile("\\n\\s*\\n");
        Pattern blockStart = Pattern.compile("^<(?:p|ul|h2)[\\s>/]", Pattern.CASE_INSENSITIVE);
        String alphabet = "ab \t\n\n\u00a0<!--wp:/>p";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = raw.toString();
            assertThat(WordPressContent.withoutBlockComments(text)).as(text)
                    .isEqualTo(blockComment.matcher(text).replaceAll(""));
            StringBuilder paragraphs = new StringBuilder();
            for (String chunk : blankLine.split(text.strip())) {
                String trimmed = chunk.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                paragraphs.append(blockStart.matcher(trimmed).find() ? trimmed + "\n"
                        : "<p>" + trimmed.replaceAll("\\s*\\n\\s*", "<br>") + "</p>\n");
            }
            assertThat(WordPressContent.paragraphs(text)).as(text).isEqualTo(paragraphs.toString().strip());
        }
    }
}
