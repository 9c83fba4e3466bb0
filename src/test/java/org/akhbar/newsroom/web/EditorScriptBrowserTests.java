package org.akhbar.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.akhbar.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's script in a real browser, without the application: a stub newsroom (the JDK's
 * small HTTP server on 127.0.0.1) serves the article form as the template renders it, the real
 * editor.js and editor.css, and the JSON endpoints the script talks to; it records what the
 * script sends and can be told to refuse. It sends the site's content security policy, so that a
 * violation shows as an error in the browser's console, which every test reads.
 *
 * <p>The browser is Debian's Chromium with Debian's chromedriver, headless, as in
 * {@code ReaderBrowserIntegrationTests}: skipped where it is missing, unless
 * {@code AKHBAR_REQUIRE_BROWSER} is set.
 */
class EditorScriptBrowserTests {


    private static final Path ASSETS = Path.of("src/main/resources/static/assets/newsroom");
    private static final Path TEMPLATE = Path.of("src/main/jte/newsroom/editor.jte");
    /** The site's policy, as platform.web.SecurityHeaders sends it. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String CSRF_TOKEN = "test-csrf-token";

    private static final String NEW = "/newsroom/articles/new";
    private static final String EXISTING = "/newsroom/articles/7";
    private static final String SENTENCE = "قال Erdoğan إن 3 آلاف جندي";
    private static final String CONFLICT = "حفظ شخص آخر هذا المقال بعد أن فتحته. ما كتبته باقٍ أمامك.";
    private static final String INVALID = "العنوان أطول من ٣٠٠ حرف.";
    private static final String ALT_MISSING = "اكتب وصفاً للصورة لمن لا يراها.";

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static Newsroom newsroom;

    /** Console errors a test provokes on purpose (a 409 answer, say): fragments of their text. */
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start(1024, 900);
        browser = chromium.browser();
        newsroom = new Newsroom();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            chromium = null;
            browser = null;
            if (newsroom != null) {
                newsroom.stop();
                newsroom = null;
            }
        }
    }

    @BeforeEach
    void freshNewsroomKeyboardAndConsole() {
        newsroom.reset();
        browser.resetInputState();
        chromium.consoleErrors();
    }

    @AfterEach
    void noJavaScriptErrorsAndNoPolicyViolations() {
        List<String> errors = chromium.consoleErrors().stream()
                .filter(message -> expectedConsoleErrors.stream().noneMatch(message::contains))
                .toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    // ---- Writing ---------------------------------------------------------------------------------

    @Test
    void typingArabicLatinAndDigitsMakesParagraphsThatEachTakeTheirOwnDirection() {
        open(NEW);
        WebElement editor = editor();
        assertThat(editor.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(editor.getDomAttribute("contenteditable")).isEqualTo("true");
        assertThat(browser.findElement(By.id("body")).isDisplayed()).as("the textarea stays, hidden").isFalse();

        editor.sendKeys(SENTENCE, Keys.ENTER, "The army said 3,000 troops", Keys.ENTER, "٣ آلاف");

        assertBodyBecomes("<p>" + SENTENCE + "</p><p>The army said 3,000 troops</p><p>٣ آلاف</p>");
        assertThat(editorHtml()).doesNotContain("<div");
        assertThat(strings("return Array.from(document.querySelectorAll('.editor-area > p'), p => p.getAttribute('dir'))"))
                .containsExactly("auto", "auto", "auto");
        assertThat(strings("return Array.from(document.querySelectorAll('.editor-area > p'), p => getComputedStyle(p).direction)"))
                .containsExactly("rtl", "ltr", "rtl");
    }

    @Test
    void boldAndItalicApplyToWordsInsideArabicText() {
        open(NEW);
        editor().sendKeys(SENTENCE);

        selectText("Erdoğan");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("b").keyUp(Keys.CONTROL).perform();
        assertBodyBecomes("<p>قال <strong>Erdoğan</strong> إن 3 آلاف جندي</p>");
        waitUntil("the bold button shows it is on", d -> "true".equals(tool("bold").getDomAttribute("aria-pressed")));

        selectText("آلاف");
        tool("italic").click();
        assertBodyBecomes("<p>قال <strong>Erdoğan</strong> إن 3 <em>آلاف</em> جندي</p>");

        // The selection outlives the clean-up of the browser's markup: typing replaces the word.
        new Actions(browser).sendKeys("ألف").perform();
        assertBodyBecomes("<p>قال <strong>Erdoğan</strong> إن 3 <em>ألف</em> جندي</p>");
        assertThat(editorHtml()).doesNotContain("<b>", "<i>", "<span", "style=");
    }

    @Test
    void headingsListsAndQuotesComeFromTheToolbar() {
        open(NEW);
        editor().sendKeys("عنوان الخبر", Keys.ENTER, "البند الأول", Keys.ENTER, "البند الثاني", Keys.ENTER, "فقرة أخيرة");
        assertBodyBecomes("<p>عنوان الخبر</p><p>البند الأول</p><p>البند الثاني</p><p>فقرة أخيرة</p>");

        caretAtEndOf("عنوان الخبر");
        tool("heading2").click();
        assertBodyBecomes("<h2>عنوان الخبر</h2><p>البند الأول</p><p>البند الثاني</p><p>فقرة أخيرة</p>");
        new Actions(browser).sendKeys(Keys.ENTER, "مقدمة").perform();
        assertBodyBecomes("<h2>عنوان الخبر</h2><p>مقدمة</p><p>البند الأول</p><p>البند الثاني</p><p>فقرة أخيرة</p>");

        selectAcross("البند الأول", "البند الثاني");
        tool("bullets").click();
        assertBodyBecomes("<h2>عنوان الخبر</h2><p>مقدمة</p><ul><li>البند الأول</li><li>البند الثاني</li></ul><p>فقرة أخيرة</p>");
        tool("numbers").click();
        assertBodyBecomes("<h2>عنوان الخبر</h2><p>مقدمة</p><ol><li>البند الأول</li><li>البند الثاني</li></ol><p>فقرة أخيرة</p>");

        caretAtEndOf("فقرة أخيرة");
        tool("quote").click();
        assertBodyBecomes("<h2>عنوان الخبر</h2><p>مقدمة</p><ol><li>البند الأول</li><li>البند الثاني</li></ol>"
                + "<blockquote><p>فقرة أخيرة</p></blockquote>");
        tool("quote").click();
        assertBodyBecomes("<h2>عنوان الخبر</h2><p>مقدمة</p><ol><li>البند الأول</li><li>البند الثاني</li></ol><p>فقرة أخيرة</p>");

        caretAtEndOf("عنوان الخبر");
        tool("heading3").click();
        assertBodyBecomes("<h3>عنوان الخبر</h3><p>مقدمة</p><ol><li>البند الأول</li><li>البند الثاني</li></ol><p>فقرة أخيرة</p>");
        tool("paragraph").click();
        assertBodyBecomes("<p>عنوان الخبر</p><p>مقدمة</p><ol><li>البند الأول</li><li>البند الثاني</li></ol><p>فقرة أخيرة</p>");
    }

    @Test
    void backspaceAndDeleteJoinParagraphsAndTakeAnEmbeddedBlockOnItsOwn() {
        String figure = "<figure><img src=\"/media/11.png\" alt=\"ميناء\"></figure>";
        newsroom.existingBody = "<p>فقرة أولى</p><p>ثم <strong>ثانية</strong></p><h2>عنوان</h2><p>فقرة ثالثة</p>"
                + figure + "<p>بعد الصورة</p>";
        open(EXISTING);

        caretAtStartOf("ثم ");
        new Actions(browser).sendKeys(Keys.BACK_SPACE, "،").perform();
        assertBodyBecomes("<p>فقرة أولى،ثم <strong>ثانية</strong></p><h2>عنوان</h2><p>فقرة ثالثة</p>" + figure + "<p>بعد الصورة</p>");

        caretAtEndOf("عنوان");
        new Actions(browser).sendKeys(Keys.DELETE).perform();
        assertBodyBecomes("<p>فقرة أولى،ثم <strong>ثانية</strong></p><h2>عنوانفقرة ثالثة</h2>" + figure + "<p>بعد الصورة</p>");

        caretAtStartOf("بعد الصورة");
        new Actions(browser).sendKeys(Keys.BACK_SPACE).perform();
        assertBodyBecomes("<p>فقرة أولى،ثم <strong>ثانية</strong></p><h2>عنوانفقرة ثالثة</h2><p>بعد الصورة</p>");
    }

    @Test
    void aLinkTakesOnlyAWebOrMailAddress() {
        open(NEW);
        editor().sendKeys(SENTENCE);

        selectText("Erdoğan");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        answerPrompt("https://example.org/erdogan");
        assertBodyBecomes("<p>قال <a href=\"https://example.org/erdogan\">Erdoğan</a> إن 3 آلاف جندي</p>");

        selectText("جندي");
        tool("link").click();
        answerPrompt("javascript:alert(1)");
        waitUntil("the refusal is shown", d -> statusText().equals(message("editor.js.link-invalid")));
        assertThat(body()).isEqualTo("<p>قال <a href=\"https://example.org/erdogan\">Erdoğan</a> إن 3 آلاف جندي</p>");
    }

    @Test
    void undoAndRedoFromTheToolbarAndTheKeyboard() {
        open(NEW);
        editor().sendKeys(SENTENCE);
        selectText("Erdoğan");
        tool("bold").click();
        assertBodyBecomes("<p>قال <strong>Erdoğan</strong> إن 3 آلاف جندي</p>");

        tool("undo").click();
        assertBodyBecomes("<p>" + SENTENCE + "</p>");
        tool("redo").click();
        assertBodyBecomes("<p>قال <strong>Erdoğan</strong> إن 3 آلاف جندي</p>");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        assertBodyBecomes("<p>" + SENTENCE + "</p>");
    }

    @Test
    void pastedHtmlKeepsOnlyTheAllowedElements() {
        open(NEW);
        editor().sendKeys("قبل ");

        paste("<meta charset=\"utf-8\"><div style=\"color:red\" class=\"MsoNormal\"><span class=\"x\" style=\"font-weight:bold\">"
                + "نص <b>مهم</b></span><script>window.pasted = 1</script><style>p { color: red }</style></div>"
                + "<p class=\"x\" style=\"margin:0\">فقرة <font color=\"red\">ثانية</font> <a href=\"javascript:alert(1)\">رابط</a> "
                + "<a href=\"https://example.org/\" onclick=\"steal()\" target=\"_blank\">موقع</a></p>"
                + "<img src=\"https://example.org/x.png\" onerror=\"steal()\">", "نص احتياطي");

        assertBodyBecomes("<p>قبل نص <strong>مهم</strong></p><p>فقرة ثانية رابط <a href=\"https://example.org/\">موقع</a></p>");
        assertThat(editorHtml()).doesNotContain("<span", "style=", "class=\"x\"", "<font", "<script", "<img", "onclick");
        assertThat(script("return window.pasted === undefined")).isEqualTo(true);

        // Plain text: a paragraph a line, the first joining the paragraph it is pasted into.
        caretAtEndOf("موقع");
        paste(null, " سطر أول\nسطر ثان");
        assertBodyBecomes("<p>قبل نص <strong>مهم</strong></p><p>فقرة ثانية رابط <a href=\"https://example.org/\">موقع</a> سطر أول</p>"
                + "<p>سطر ثان</p>");
    }

    @Test
    void aStoredBodyIsBroughtIntoTheEditorsVocabulary() {
        // What the server's allow-list keeps (imported bodies use more of it than the editor does),
        // and what a form shown again after a refused save may hold.
        newsroom.existingBody = "<h1>عنوان قديم</h1>\n<div class=\"x\"><p>فقرة <b>قديمة</b> <u>مع</u>\n  <i>ميل</i></p></div>"
                + "<script>window.loaded = 1</script><h4>عنوان رابع</h4><hr><aside data-article-id=\"5\"></aside>"
                + "<figure><img src=\"/media/11.png\" alt=\"ميناء\"><figcaption>ميناء طرابلس <small>رويترز</small></figcaption></figure>"
                + "<ul><li><p>بند</p></li></ul>";
        open(EXISTING);

        assertThat(body()).isEqualTo("<h2>عنوان قديم</h2><p>فقرة <strong>قديمة</strong> مع <em>ميل</em></p><h3>عنوان رابع</h3>"
                + "<aside data-article-id=\"5\"></aside><figure><img src=\"/media/11.png\" alt=\"ميناء\"><figcaption>ميناء طرابلس"
                + "<small>رويترز</small></figcaption></figure><ul><li>بند</li></ul>");
        assertThat(script("return window.loaded === undefined")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector(".editor-area aside")).getText())
                .contains(message("editor.js.read-also"), "المقال رقم 5");
        assertThat(warnsBeforeLeaving()).as("nothing typed, nothing to lose").isFalse();
    }

    // ---- Embedded blocks -------------------------------------------------------------------------

    @Test
    void anImageFromTheLibraryIsInsertedAsAFigureAndCanBeRemoved() {
        open(NEW);
        editor().sendKeys("فقرة أولى", Keys.ENTER, "فقرة ثانية");
        caretAtEndOf("فقرة أولى");

        tool("image").click();
        WebElement dialog = waitFor(".editor-media[open]");
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo(message("editor.js.media-title"));
        waitUntil("the first page of the library", d -> mediaChoices().size() == 2);
        dialog.findElement(By.cssSelector(".dialog-more")).click();
        waitUntil("the next page, appended", d -> mediaChoices().size() == 3);
        assertThat(dialog.findElement(By.cssSelector(".dialog-more")).isDisplayed()).as("no more pages").isFalse();
        assertThat(newsroom.mediaQueries).containsExactly("q=", "q=&before=12");

        mediaChoices().getFirst().click();

        String figure = "<figure><img src=\"/media/11.png\" alt=\"ميناء طرابلس عند الفجر\" data-media-id=\"11\">"
                + "<figcaption>ميناء طرابلس<small>تصوير: رويترز</small></figcaption></figure>";
        assertBodyBecomes("<p>فقرة أولى</p>" + figure + "<p>فقرة ثانية</p>");
        assertThat(dialog.isDisplayed()).isFalse();
        WebElement shown = browser.findElement(By.cssSelector(".editor-area figure"));
        assertThat(shown.getDomAttribute("contenteditable")).isEqualTo("false");
        waitUntil("the image loads", d -> (Boolean) script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", shown.findElement(By.tagName("img"))));

        // The caret moved past the figure: typing goes on in the paragraph after it.
        new Actions(browser).sendKeys("تتمة ").perform();
        assertBodyBecomes("<p>فقرة أولى</p>" + figure + "<p>تتمة فقرة ثانية</p>");

        WebElement remove = shown.findElement(By.cssSelector(".editor-remove"));
        assertThat(remove.getAccessibleName()).isEqualTo(message("editor.js.remove"));
        script("arguments[0].focus()", remove);
        assertThat(script("return document.activeElement === arguments[0]", remove)).as("reachable by keyboard").isEqualTo(true);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertBodyBecomes("<p>فقرة أولى</p><p>تتمة فقرة ثانية</p>");
    }

    @Test
    void theLibraryIsSearchedAsYouType() {
        open(NEW);
        tool("image").click();
        waitUntil("the library", d -> mediaChoices().size() == 2);

        browser.findElement(By.id("editor-media-q")).sendKeys("سوق");

        waitUntil("only what matches", d -> mediaChoices().size() == 1);
        assertThat(mediaChoices().getFirst().getText()).isEqualTo("سوق الذهب");
        assertThat(newsroom.mediaQueries).last().isEqualTo("q=%D8%B3%D9%88%D9%82");
        script("arguments[0].focus()", mediaChoices().getFirst());
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitUntil("Escape closes the dialog", d -> browser.findElements(By.cssSelector(".editor-media[open]")).isEmpty());
    }

    @Test
    void anUploadIsInsertedAndARefusedOneSaysWhy(@TempDir Path folder) throws IOException {
        Path photo = Files.write(folder.resolve("photo.png"), Newsroom.png());
        newsroom.refuseUploads = true;
        open(NEW);
        editor().sendKeys("فقرة");
        tool("image").click();
        WebElement dialog = waitFor(".editor-media[open]");
        dialog.findElement(By.cssSelector(".media-upload summary")).click();
        browser.findElement(By.id("editor-upload-file")).sendKeys(photo.toString());
        browser.findElement(By.id("editor-upload-caption")).sendKeys("قافلة على الطريق");
        browser.findElement(By.id("editor-upload-credit")).sendKeys("خاص");
        dialog.findElement(By.cssSelector(".media-upload-form button[type=submit]")).click();

        WebElement note = dialog.findElement(By.cssSelector(".dialog-note"));
        waitUntil("the server's reason is shown", d -> note.getText().equals(ALT_MISSING));
        assertThat(note.getDomAttribute("class")).contains("error");
        assertThat((String) script("return document.activeElement.id")).isEqualTo("editor-upload-alt");
        expectedConsoleErrors.add("status of 400");

        newsroom.refuseUploads = false;
        browser.findElement(By.id("editor-upload-alt")).sendKeys("شاحنات على طريق صحراوي");
        dialog.findElement(By.cssSelector(".media-upload-form button[type=submit]")).click();

        assertBodyBecomes("<p>فقرة</p><figure><img src=\"/media/99.png\" alt=\"شاحنات على طريق صحراوي\" data-media-id=\"99\">"
                + "<figcaption>قافلة على الطريق<small>خاص</small></figcaption></figure>");
        Newsroom.Request upload = newsroom.uploads.getLast();
        assertThat(upload.header("X-CSRF-TOKEN")).isEqualTo(CSRF_TOKEN);
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data");
        assertThat(upload.body()).contains("filename=\"photo.png\"", "قافلة على الطريق", "شاحنات على طريق صحراوي");
    }

    @Test
    void theFeaturedImageIsChosenFromTheLibraryAndCleared() {
        open(NEW);
        WebElement clear = browser.findElement(By.cssSelector(".featured-clear"));
        assertThat(clear.isDisplayed()).as("nothing to clear yet").isFalse();

        browser.findElement(By.cssSelector(".featured-choose")).click();
        WebElement dialog = waitFor(".editor-media[open]");
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo(message("editor.js.featured-title"));
        waitUntil("the library", d -> mediaChoices().size() == 2);
        mediaChoices().get(1).click();

        assertThat(browser.findElement(By.id("featuredMediaId")).getDomProperty("value")).isEqualTo("12");
        assertThat(browser.findElement(By.cssSelector("#featured-preview img")).getDomAttribute("src"))
                .isEqualTo("/media/12-thumb.png");
        assertThat(body()).as("the body is left alone").isEmpty();

        clear.click();
        assertThat(browser.findElement(By.id("featuredMediaId")).getDomProperty("value")).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#featured-preview img"))).isEmpty();
        assertThat(clear.isDisplayed()).isFalse();
    }

    @Test
    void aReadAlsoCardIsInsertedAsAnAsideNamingTheArticle() {
        open(NEW);
        editor().sendKeys("فقرة أولى");
        tool("read-also").click();
        WebElement dialog = waitFor(".editor-read-also[open]");
        waitUntil("recent articles", d -> articleChoices().size() == 2);
        assertThat(articleChoices().get(1).getText()).contains("Erdoğan visits Tripoli", message("editor.js.not-published"));

        browser.findElement(By.id("editor-read-also-q")).sendKeys("أردوغان");
        waitUntil("only what matches", d -> articleChoices().size() == 1);
        articleChoices().getFirst().click();

        String title = "أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا";
        assertBodyBecomes("<p>فقرة أولى</p><aside data-article-id=\"5\" data-title=\"" + title + "\"></aside>");
        assertThat(dialog.isDisplayed()).isFalse();
        WebElement card = browser.findElement(By.cssSelector(".editor-area aside"));
        assertThat(card.getDomAttribute("contenteditable")).isEqualTo("false");
        assertThat(card.getText()).contains(message("editor.js.read-also"), title);
    }

    // ---- The form around the editor ------------------------------------------------------------------

    @Test
    void tagSuggestionsFollowTheTagBeingTyped() {
        open(NEW);
        WebElement tags = browser.findElement(By.id("tags"));

        tags.sendKeys("اقت");
        waitUntil("suggestions for the first tag", d -> suggestions().equals(List.of("اقتصاد", "اقتصاد عالمي")));

        tags.sendKeys("صاد، Er");
        waitUntil("suggestions for the tag after the Arabic comma", d -> suggestions().equals(List.of("اقتصاد، Erdoğan")));
        assertThat(newsroom.tagQueries).contains("اقت", "Er");
    }

    @Test
    void theToolbarIsOneTabStopWalkedWithTheArrowKeys() {
        open(NEW);
        browser.findElement(By.id("kicker")).click();

        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAccessibleName()).isEqualTo(message("editor.js.paragraph"));
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(focused().getAccessibleName()).as("leftwards is onwards, right to left")
                .isEqualTo(message("editor.js.heading2"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(focused().getDomAttribute("class")).isEqualTo("editor-area");
        assertThat(browser.findElement(By.cssSelector(".editor-toolbar")).getAccessibleName())
                .isEqualTo(message("editor.js.toolbar"));
    }

    // ---- Autosave ------------------------------------------------------------------------------------

    @Test
    void autosavePostsTheFormWithTheCsrfHeaderAndTakesTheNewVersion() throws InterruptedException {
        open(EXISTING);
        Thread.sleep(800);
        assertThat(newsroom.autosaves).as("nothing changed, nothing saved").isEmpty();

        caretAtEndOf("نص محفوظ");
        new Actions(browser).sendKeys(" وإضافة").perform();
        assertThat(warnsBeforeLeaving()).as("unsaved text").isTrue();

        Newsroom.Request first = newsroom.awaitAutosaves(1).getFirst();
        assertThat(first.path()).isEqualTo("/newsroom/articles/7/autosave");
        assertThat(first.header("X-CSRF-TOKEN")).isEqualTo(CSRF_TOKEN);
        assertThat(first.header("X-Requested-With")).isEqualTo("fetch");
        assertThat(first.header("Accept")).isEqualTo("application/json");
        assertThat(first.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(first.param("version")).isEqualTo("3");
        assertThat(first.param("title")).isEqualTo("عنوان محفوظ");
        assertThat(first.param("body")).isEqualTo("<p>نص محفوظ وإضافة</p>");
        assertThat(first.form()).containsKey("_csrf").doesNotContainKey("action");

        waitUntil("the new version is taken", d -> "4".equals(version()));
        assertThat(statusText()).isEqualTo("حُفظ تلقائياً 1");
        assertThat(warnsBeforeLeaving()).as("all saved").isFalse();

        new Actions(browser).sendKeys(" أخرى").perform();
        Newsroom.Request second = newsroom.awaitAutosaves(2).get(1);
        assertThat(second.param("version")).isEqualTo("4");
        assertThat(second.param("body")).isEqualTo("<p>نص محفوظ وإضافة أخرى</p>");
        Thread.sleep(800);
        assertThat(newsroom.autosaves).hasSize(2);
    }

    @Test
    void aNewArticlesFirstAutosaveMovesTheFormToItsAddress() throws InterruptedException {
        open(NEW);
        editor().sendKeys("نص الخبر");
        Thread.sleep(800);
        assertThat(newsroom.autosaves).as("no title, no save").isEmpty();

        browser.findElement(By.id("title")).sendKeys("خبر جديد");
        Newsroom.Request first = newsroom.awaitAutosaves(1).getFirst();
        assertThat(first.path()).isEqualTo("/newsroom/articles/autosave");
        assertThat(first.param("version")).isEmpty();

        waitUntil("the address of the new article", d -> d.getCurrentUrl().equals(newsroom.origin() + "/newsroom/articles/42"));
        WebElement form = browser.findElement(By.id("article-form"));
        assertThat(form.getDomAttribute("action")).isEqualTo("/newsroom/articles/42");
        assertThat(form.getDomAttribute("data-autosave-url")).isEqualTo("/newsroom/articles/42/autosave");
        assertThat(version()).isEqualTo("1");

        editor().sendKeys(" ثم المزيد");
        Newsroom.Request second = newsroom.awaitAutosaves(2).get(1);
        assertThat(second.path()).as("an update, never a second article").isEqualTo("/newsroom/articles/42/autosave");
        assertThat(second.param("version")).isEqualTo("1");
        assertThat(second.param("body")).isEqualTo("<p>نص الخبر ثم المزيد</p>");
    }

    @Test
    void aConflictStopsAutosavingAndKeepsTheTextOnScreen() throws InterruptedException {
        newsroom.autosaveStatus = 409;
        expectedConsoleErrors.add("status of 409");
        open(EXISTING);
        script("window.samePage = true");

        caretAtEndOf("نص محفوظ");
        new Actions(browser).sendKeys(" وسطر لم يُحفظ").perform();
        newsroom.awaitAutosaves(1);

        waitUntil("the conflict is shown", d -> statusText().equals(CONFLICT));
        assertThat(browser.findElement(By.id("editor-status")).getDomAttribute("class")).contains("error");
        assertThat(editor().getText()).isEqualTo("نص محفوظ وسطر لم يُحفظ");
        assertThat(body()).isEqualTo("<p>نص محفوظ وسطر لم يُحفظ</p>");

        new Actions(browser).sendKeys(" ثم المزيد").perform();
        Thread.sleep(2000);
        assertThat(newsroom.autosaves).as("no more saves over someone else's").hasSize(1);
        assertThat(body()).isEqualTo("<p>نص محفوظ وسطر لم يُحفظ ثم المزيد</p>");
        assertThat(statusText()).isEqualTo(CONFLICT);
        assertThat(script("return window.samePage === true")).as("never reloaded").isEqualTo(true);
        assertThat(warnsBeforeLeaving()).isTrue();
    }

    @Test
    void aRefusalALostSessionAndALostConnectionAreShownAndSavingGoesOn() {
        expectedConsoleErrors.addAll(List.of("status of 400", "status of 401", "ERR_EMPTY_RESPONSE"));
        newsroom.autosaveStatus = 400;
        open(EXISTING);
        caretAtEndOf("نص محفوظ");

        new Actions(browser).sendKeys(" أ").perform();
        newsroom.awaitAutosaves(1);
        newsroom.autosaveStatus = 401;
        waitUntil("the server's reason", d -> statusText().equals(INVALID));
        assertThat(browser.findElement(By.id("editor-status")).getDomAttribute("class")).contains("error");

        new Actions(browser).sendKeys(" ب").perform();
        newsroom.awaitAutosaves(2);
        newsroom.autosaveStatus = 0;
        waitUntil("the session has ended", d -> statusText().equals(message("editor.js.session-ended")));

        new Actions(browser).sendKeys(" ج").perform();
        newsroom.awaitAutosaves(3);
        newsroom.autosaveStatus = 200;
        waitUntil("no connection", d -> statusText().equals(message("editor.js.save-failed")));

        // Nothing more typed: the script tries again by itself.
        Newsroom.Request saved = newsroom.awaitAutosaves(4).get(3);
        assertThat(saved.param("body")).isEqualTo("<p>نص محفوظ أ ب ج</p>");
        assertThat(saved.param("version")).isEqualTo("3");
        waitUntil("saved at last", d -> "4".equals(version()) && statusText().equals("حُفظ تلقائياً 4"));
        assertThat(browser.findElement(By.id("editor-status")).getDomAttribute("class")).doesNotContain("error");
        assertThat(editor().getText()).isEqualTo("نص محفوظ أ ب ج");
    }

    @Test
    void aSaveButtonWaitsForTheAutosaveUnderWayAndSendsItsVersion() {
        newsroom.autosaveDelayMillis = 1500;
        open(EXISTING);
        caretAtEndOf("نص محفوظ");
        new Actions(browser).sendKeys(" مع تعديل").perform();
        waitUntil("an autosave is under way", d -> newsroom.autosavesArrived.get() == 1);
        assertThat(newsroom.autosaves).as("not answered yet").isEmpty();

        browser.findElement(By.cssSelector("button[name=action][value=save]")).click();

        waitUntil("the form is posted", d -> !newsroom.submits.isEmpty());
        Newsroom.Request submit = newsroom.submits.getFirst();
        assertThat(submit.path()).isEqualTo("/newsroom/articles/7");
        assertThat(submit.param("action")).isEqualTo("save");
        assertThat(submit.param("version")).as("the version the autosave got back").isEqualTo("4");
        assertThat(submit.param("body")).isEqualTo("<p>نص محفوظ مع تعديل</p>");
        assertThat(submit.receivedAt()).isGreaterThanOrEqualTo(newsroom.autosaves.getFirst().answeredAt());
        waitUntil("the saved page", d -> !d.findElements(By.id("saved")).isEmpty());
        assertThat(newsroom.autosaves).hasSize(1);
    }

    // ---- The page's own guarantees -------------------------------------------------------------------

    @Test
    void theStubServerHoldsTheScriptToTheSitesPolicy() {
        open(NEW);
        script("const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.append(s);");
        assertThat(script("return window.inlineRan === undefined")).isEqualTo(true);
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("a violation shows in the console").anyMatch(m -> m.contains("Content Security Policy"));
    }

    @Test
    void everyTextTheScriptAsksForIsOnTheFormInEveryLanguage() throws IOException {
        Set<String> asked = matches(Files.readString(ASSETS.resolve("editor.js")), "msg\\('([a-z0-9-]+)'");
        Map<String, String> given = formMessages();
        assertThat(given.keySet()).isEqualTo(asked);
        given.forEach((attribute, key) -> assertThat(key).isEqualTo("editor.js." + attribute));
        Properties english = bundle("ui_en.properties");
        assertThat(given.values()).allMatch(english::containsKey, "in the English bundle");
    }

    // ---- The browser ---------------------------------------------------------------------------------

    /**
     * Opens the page in a new tab and closes the old one: closing does not ask about unsaved text,
     * where leaving the page by navigating would.
     */
    private void open(String path) {
        String previous = browser.getWindowHandle();
        String next = browser.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        browser.switchTo().window(previous).close();
        browser.switchTo().window(next);
        browser.get(newsroom.origin() + path);
        waitUntil("editor.js has run", d -> (Boolean) script(
                "return document.readyState === 'complete' && !!document.querySelector('.editor-area')"));
    }

    private WebElement editor() {
        return browser.findElement(By.cssSelector(".editor-area"));
    }

    private WebElement tool(String name) {
        return browser.findElement(By.cssSelector(".editor-toolbar .tool-" + name));
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private WebElement waitFor(String selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
    }

    private List<WebElement> mediaChoices() {
        return browser.findElements(By.cssSelector(".editor-media .media-choice"));
    }

    private List<WebElement> articleChoices() {
        return browser.findElements(By.cssSelector(".editor-read-also .article-choice"));
    }

    private List<String> suggestions() {
        return strings("return Array.from(document.querySelectorAll('#tag-suggestions option'), o => o.value)");
    }

    private String body() {
        return (String) script("return document.getElementById('body').value");
    }

    private String editorHtml() {
        return (String) script("return document.querySelector('.editor-area').innerHTML");
    }

    private String version() {
        return (String) script("return document.querySelector('input[name=version]').value");
    }

    private String statusText() {
        return browser.findElement(By.id("editor-status")).getText();
    }

    /** Whether leaving now would ask first (the event the browser sends before it leaves a page). */
    private boolean warnsBeforeLeaving() {
        return (Boolean) script("return !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))");
    }

    private void assertBodyBecomes(String expected) {
        try {
            waitUntil("the textarea holds " + expected, d -> expected.equals(body()));
        } catch (TimeoutException e) {
            assertThat(body()).isEqualTo(expected);
        }
    }

    private void answerPrompt(String answer) {
        Alert prompt = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(prompt.getText()).isEqualTo(message("editor.js.link-prompt"));
        prompt.sendKeys(answer);
        prompt.accept();
        // The prompt opened while Control was down: let go of it.
        browser.resetInputState();
    }

    /** Selects the first occurrence of {@code text} in the editor, as a mouse would. */
    private void selectText(String text) {
        selectAcross(text, text);
    }

    /** Selects from the start of {@code from} to the end of {@code to}. */
    private void selectAcross(String from, String to) {
        script("""
                const editor = document.querySelector('.editor-area');
                const find = text => {
                  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
                  while (walker.nextNode()) {
                    const at = walker.currentNode.data.indexOf(text);
                    if (at >= 0) { return [walker.currentNode, at]; }
                  }
                  throw new Error('not in the editor: ' + text);
                };
                const [startNode, start] = find(arguments[0]);
                const [endNode, end] = find(arguments[1]);
                const range = document.createRange();
                range.setStart(startNode, start);
                range.setEnd(endNode, end + arguments[1].length);
                editor.focus();
                getSelection().removeAllRanges();
                getSelection().addRange(range);""", from, to);
    }

    private void caretAtStartOf(String text) {
        selectText(text);
        script("getSelection().collapseToStart()");
    }

    private void caretAtEndOf(String text) {
        selectText(text);
        script("getSelection().collapseToEnd()");
    }

    /** A paste as the browser delivers it: HTML and plain text on the clipboard. */
    private void paste(String html, String text) {
        script("""
                const data = new DataTransfer();
                if (arguments[0] !== null) { data.setData('text/html', arguments[0]); }
                data.setData('text/plain', arguments[1]);
                document.querySelector('.editor-area').dispatchEvent(
                    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""", html, text);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) script(script);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void waitUntil(String what, ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(50)).withMessage(what).until(condition);
    }

    // ---- The texts -----------------------------------------------------------------------------------

    private static String message(String key) {
        return bundle("ui.properties").getProperty(key);
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = EditorScriptBrowserTests.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /** The form's data-msg-* attributes in editor.jte, each with its message key. */
    private static Map<String, String> formMessages() throws IOException {
        Map<String, String> messages = new LinkedHashMap<>();
        Matcher m = Pattern.compile("data-msg-([a-z0-9-]+)=\"\\$\\{t\\.get\\(\"([a-z0-9.-]+)\"\\)}\"")
                .matcher(Files.readString(TEMPLATE));
        while (m.find()) {
            messages.put(m.group(1), m.group(2));
        }
        return messages;
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    // ---- The stub newsroom ---------------------------------------------------------------------------

    /** What the newsroom would answer the editor's script, and a record of what the script sent. */
    static final class Newsroom {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private static final Pattern ARTICLE = Pattern.compile("/newsroom/articles/(\\d+)");
        private static final Pattern AUTOSAVE = Pattern.compile("/newsroom/articles(?:/(\\d+))?/autosave");
        private static final List<Map<String, Object>> LIBRARY = List.of(
                media(11, "ميناء طرابلس", "تصوير: رويترز", "ميناء طرابلس عند الفجر"),
                media(12, "جنود على الحدود", "الأناضول", "جنود يقفون عند معبر"),
                media(13, "سوق الذهب", "أ ف ب", "واجهة متجر ذهب"));
        private static final List<Map<String, Object>> ARTICLES = List.of(
                Map.of("id", 5, "title", "أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا", "status", "published"),
                Map.of("id", 6, "title", "Erdoğan visits Tripoli", "status", "draft"));
        private static final List<String> TAGS = List.of("اقتصاد", "اقتصاد عالمي", "الاتحاد الأوروبي", "Erdoğan", "ليبيا");

        record Request(String path, Map<String, String> headers, String body, long receivedAt, long answeredAt) {

            String header(String name) {
                return headers.get(name.toLowerCase(Locale.ROOT));
            }

            Map<String, String> form() {
                Map<String, String> form = new LinkedHashMap<>();
                for (String pair : body.split("&")) {
                    String[] parts = pair.split("=", 2);
                    form.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
                }
                return form;
            }

            String param(String name) {
                return form().get(name);
            }

            Request answered() {
                return new Request(path, headers, body, receivedAt, System.nanoTime());
            }
        }

        private final HttpServer server;
        private final String page;
        final List<Request> autosaves = new CopyOnWriteArrayList<>();
        final List<Request> submits = new CopyOnWriteArrayList<>();
        final List<Request> uploads = new CopyOnWriteArrayList<>();
        final List<String> mediaQueries = new CopyOnWriteArrayList<>();
        final List<String> tagQueries = new CopyOnWriteArrayList<>();
        final AtomicInteger autosavesArrived = new AtomicInteger();
        volatile int autosaveStatus;
        volatile long autosaveDelayMillis;
        volatile boolean refuseUploads;
        volatile String existingBody;

        Newsroom() throws IOException {
            String fixture = new String(EditorScriptBrowserTests.class.getResourceAsStream("/newsroom/editor-fixture.html")
                    .readAllBytes(), StandardCharsets.UTF_8);
            Properties arabic = bundle("ui.properties");
            StringBuilder attributes = new StringBuilder();
            formMessages().forEach((attribute, key) -> attributes.append(" data-msg-").append(attribute).append("=\"")
                    .append(escape(arabic.getProperty(key))).append('"'));
            page = fixture.replace("{{messages}}", attributes.toString().strip());
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", this::handle);
            server.start();
            reset();
        }

        String origin() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        void reset() {
            autosaves.clear();
            submits.clear();
            uploads.clear();
            mediaQueries.clear();
            tagQueries.clear();
            autosavesArrived.set(0);
            autosaveStatus = 200;
            autosaveDelayMillis = 0;
            refuseUploads = false;
            existingBody = "<p>نص محفوظ</p>";
        }

        /** Waits for {@code count} autosaves to be answered. */
        List<Request> awaitAutosaves(int count) {
            await("answered autosaves", () -> autosaves.size() >= count);
            return autosaves;
        }

        private static void await(String what, BooleanSupplier done) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("waited in vain for " + what);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
                exchange.getResponseHeaders().set("Connection", "close");
                String path = exchange.getRequestURI().getPath();
                String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
                boolean get = exchange.getRequestMethod().equals("GET");
                Matcher article = ARTICLE.matcher(path);
                Matcher autosave = AUTOSAVE.matcher(path);
                if (get && path.equals(NEW)) {
                    send(exchange, 200, "text/html", editorPage("/newsroom/articles", "", "", ""));
                } else if (get && article.matches()) {
                    send(exchange, 200, "text/html", editorPage(path, "3", "عنوان محفوظ", existingBody));
                } else if (get && path.startsWith("/assets/newsroom/")) {
                    String name = path.substring("/assets/newsroom/".length());
                    send(exchange, 200, (name.endsWith(".js") ? "text/javascript" : "text/css") + ";charset=utf-8",
                            Files.readAllBytes(ASSETS.resolve(Path.of(name).getFileName())));
                } else if (!get && autosave.matches()) {
                    autosave(exchange, autosave.group(1));
                } else if (!get && (path.equals("/newsroom/articles") || article.matches())) {
                    submits.add(request(exchange));
                    send(exchange, 200, "text/html", "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><title>حُفظ</title>"
                            + "<link rel=\"icon\" href=\"data:,\"><p id=\"saved\">حُفظ</p></html>");
                } else if (get && path.equals("/newsroom/media.json")) {
                    mediaQueries.add(query);
                    library(exchange, query);
                } else if (!get && path.equals("/newsroom/media")) {
                    upload(exchange);
                } else if (get && path.equals("/newsroom/articles.json")) {
                    String q = queryParam(query, "q");
                    json(exchange, 200, Map.of("items", ARTICLES.stream()
                            .filter(a -> ((String) a.get("title")).contains(q)).toList()));
                } else if (get && path.equals("/newsroom/tags.json")) {
                    String q = queryParam(query, "q");
                    tagQueries.add(q);
                    json(exchange, 200, Map.of("items", TAGS.stream().filter(t -> t.startsWith(q)).toList()));
                } else if (get && path.matches("/media/[\\w-]+\\.png")) {
                    send(exchange, 200, "image/png", png());
                } else {
                    send(exchange, 404, "text/plain", "not here");
                }
            }
        }

        private String editorPage(String action, String version, String title, String body) {
            return page.replace("{{action}}", action).replace("{{version}}", version)
                    .replace("{{title}}", escape(title)).replace("{{body}}", escape(body));
        }

        private void autosave(HttpExchange exchange, String id) throws IOException {
            Request request = request(exchange);
            autosavesArrived.incrementAndGet();
            try {
                Thread.sleep(autosaveDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            switch (autosaveStatus) {
                case 0 -> {
                    // The connection drops without an answer. (It is never a kept-alive one, which
                    // the browser would quietly ask again on a new connection: see handle.)
                }
                case 400 -> json(exchange, 400, Map.of("error", "invalid", "message", INVALID,
                        "problems", List.of(Map.of("field", "title", "message", INVALID))));
                case 401 -> send(exchange, 401, "text/plain", "");
                case 409 -> json(exchange, 409, Map.of("error", "conflict", "message", CONFLICT));
                default -> {
                    String sent = request.param("version");
                    String articleId = id == null ? "42" : id;
                    json(exchange, 200, Map.of("id", Long.parseLong(articleId),
                            "version", sent == null || sent.isEmpty() ? 1 : Integer.parseInt(sent) + 1,
                            "editUrl", "/newsroom/articles/" + articleId,
                            "message", "حُفظ تلقائياً " + (autosaves.size() + 1)));
                }
            }
            autosaves.add(request.answered());
        }

        private void library(HttpExchange exchange, String query) throws IOException {
            String q = queryParam(query, "q");
            String before = queryParam(query, "before");
            List<Map<String, Object>> matching = LIBRARY.stream()
                    .filter(item -> ((String) item.get("caption")).contains(q))
                    .filter(item -> before.isEmpty() || (Integer) item.get("id") > Integer.parseInt(before))
                    .toList();
            List<Map<String, Object>> page = matching.subList(0, Math.min(2, matching.size()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("items", page);
            answer.put("next", matching.size() > 2 ? page.getLast().get("id").toString() : null);
            json(exchange, 200, answer);
        }

        private void upload(HttpExchange exchange) throws IOException {
            Request request = request(exchange);
            uploads.add(request);
            if (refuseUploads) {
                json(exchange, 400, Map.of("error", "invalid", "message", ALT_MISSING, "field", "alt"));
                return;
            }
            Map<String, Object> item = new LinkedHashMap<>(media(99, multipartField(request.body(), "caption"),
                    multipartField(request.body(), "credit"), multipartField(request.body(), "alt")));
            json(exchange, 201, item);
        }

        private static Map<String, Object> media(int id, String caption, String credit, String alt) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", id);
            item.put("url", "/media/" + id + ".png");
            item.put("src", "/media/" + id + ".png");
            item.put("thumb", "/media/" + id + "-thumb.png");
            item.put("srcset", "/media/" + id + "-thumb.png 320w, /media/" + id + ".png 640w");
            item.put("width", 640);
            item.put("height", 480);
            item.put("alt", alt);
            item.put("caption", caption);
            item.put("credit", credit);
            item.put("originalName", "photo-" + id + ".png");
            return item;
        }

        private static Request request(HttpExchange exchange) throws IOException {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            return new Request(exchange.getRequestURI().getPath(), headers, body, System.nanoTime(), 0);
        }

        private static String multipartField(String body, String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\"\r\n\r\n(.*?)\r\n--", Pattern.DOTALL).matcher(body);
            return m.find() ? m.group(1) : "";
        }

        private static String queryParam(String query, String name) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts[0].equals(name)) {
                    return parts.length > 1 ? decode(parts[1]) : "";
                }
            }
            return "";
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        private static void json(HttpExchange exchange, int status, Object body) throws IOException {
            send(exchange, status, "application/json", JSON.writeValueAsString(body));
        }

        private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
            send(exchange, status, type + ";charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        }

        private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }

        /** A small picture, drawn here rather than kept as a file. */
        static byte[] png() throws IOException {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            var graphics = image.createGraphics();
            graphics.setColor(new Color(0x8c1d18));
            graphics.fillRect(0, 0, 64, 48);
            graphics.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
