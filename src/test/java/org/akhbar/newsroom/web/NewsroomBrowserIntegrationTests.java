package org.akhbar.newsroom.web;

import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleStatus;
import org.akhbar.article.ArticleWorkflow;
import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.HeadlessChromium;
import org.akhbar.testing.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom in a real headless Chromium, end to end on the running site: a contributor signs in,
 * writes a story with the rich-text editor (Arabic with a Latin name and digits), adds a photo with
 * its credit and submits it; an editor publishes it and it leads the home page; an editor whose
 * copy went stale is told so and keeps the text.
 */
@DatabaseTest
class NewsroomBrowserIntegrationTests {

    static final String PASSWORD = TestAccounts.PASSWORD;
    static final Pattern ARTICLE_ID = Pattern.compile("/newsroom/articles/(\\d+)");

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    SectionRepository sections;

    @TempDir
    Path files;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Account account(Role role) {
        return TestAccounts.create(accounts, role);
    }

    @Test
    void aStoryIsWrittenWithAPhotoSubmittedPublishedAndLeadsTheHomePage() throws IOException {
        sections.ensure(List.of("رئيسي"));
        Account contributor = account(Role.CONTRIBUTOR);
        Account editor = account(Role.EDITOR);
        String title = unique("قال Erdoğan إن 3 آلاف جندي سيصلون");

        signIn(contributor);
        open("/newsroom/articles/new");
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("primarySection"))).selectByVisibleText("رئيسي");
        WebElement editorArea = waitFor(".editor-area");
        editorArea.click();
        editorArea.sendKeys("قال الرئيس Recep Tayyip Erdoğan إن 3 آلاف جندي سيصلون خلال 48 ساعة.", Keys.ENTER,
                "وأضاف أن الاتفاق الأمني وُقّع في 27 نوفمبر 2019.");

        press(browser.findElement(By.cssSelector(".editor-toolbar .tool-image")));
        WebElement dialog = waitFor(".editor-media[open]");
        press(dialog.findElement(By.cssSelector(".media-upload summary")));
        browser.findElement(By.id("editor-upload-file")).sendKeys(photo().toString());
        browser.findElement(By.id("editor-upload-alt")).sendKeys("جنود على متن سفينة");
        browser.findElement(By.id("editor-upload-caption")).sendKeys("وصول الدفعة الأولى");
        browser.findElement(By.id("editor-upload-credit")).sendKeys("تصوير: وكالة الأنباء");
        press(dialog.findElement(By.cssSelector(".media-upload-form button[type=submit]")));
        waitFor(".editor-area figure img");

        press(browser.findElement(By.cssSelector("button[name=action][value=submit]")));
        waitUntil("submitted", d -> d.getCurrentUrl().contains("saved=submit"));
        long id = idInAddress();
        Article submitted = articles.findById(id).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ArticleStatus.REVIEW);
        assertThat(submitted.title()).isEqualTo(title);
        assertThat(submitted.bodyHtml()).contains("Recep Tayyip Erdoğan إن 3 آلاف").contains("<small>تصوير: وكالة الأنباء</small>")
                .contains("srcset=");
        assertThat(browser.findElements(By.cssSelector("button[name=action][value=publish]"))).isEmpty();

        signOut();
        signIn(editor);
        open("/newsroom/articles/" + id);
        press(browser.findElement(By.cssSelector("button[name=action][value=publish]")));
        waitUntil("published", d -> d.getCurrentUrl().contains("saved=publish"));
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

        open("/");
        WebElement headline = browser.findElement(By.cssSelector("main"));
        assertThat(headline.getText()).contains(title);
        open(articles.findById(id).orElseThrow().path());
        WebElement photo = browser.findElement(By.cssSelector(".story-body figure img"));
        assertThat(photo.getDomAttribute("srcset")).contains("320w");
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", photo))
                .as("the photo loads").isTrue();
        assertThat(chromium.consoleErrors()).isEmpty();
        signOut();
    }

    @Test
    void aStaleSaveShowsTheConflictAndKeepsTheText() {
        Account editor = account(Role.EDITOR);
        long id = workflow.save(null, org.akhbar.article.ArticleBuilder.article("خبر يحرره اثنان").build(), null,
                Action.SAVE, false, editor.staff()).id();
        signIn(editor);
        open("/newsroom/articles/" + id);
        WebElement editorArea = waitFor(".editor-area");

        // Someone else saves in between.
        int version = articles.findById(id).orElseThrow().version();
        workflow.save(id, org.akhbar.article.ArticleBuilder.article("نسخة زميل").build(), version, Action.SAVE, false,
                editor.staff());

        editorArea.click();
        editorArea.sendKeys(Keys.END, " جملة كتبتها ولا أريد أن أفقدها");
        press(browser.findElement(By.cssSelector("button[name=action][value=save]")));
        waitUntil("the conflict is explained", d -> d.getPageSource().contains("حفظ شخص آخر هذا المقال"));
        assertThat(waitFor(".editor-area").getText()).contains("جملة كتبتها ولا أريد أن أفقدها");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("خبر يحرره اثنان");
        assertThat(articles.findById(id).orElseThrow().title()).isEqualTo("نسخة زميل");
        // The 409 itself is the one console entry expected.
        assertThat(chromium.consoleErrors()).allMatch(e -> e.contains("409"));
        signOut();
    }

    /** Scrolls the control into view first: on a phone-wide window much of the form is below the fold. */
    private void press(WebElement control) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    private void signIn(Account account) {
        open("/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        waitUntil("signed in", d -> d.getCurrentUrl().endsWith("/newsroom/articles"));
    }

    private void signOut() {
        open("/newsroom/articles");
        press(browser.findElement(By.cssSelector(".newsroom-logout button")));
        waitUntil("signed out", d -> d.getCurrentUrl().contains("/newsroom/login"));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private long idInAddress() {
        Matcher m = ARTICLE_ID.matcher(browser.getCurrentUrl());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Path photo() throws IOException {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 900; x++) {
            for (int y = 0; y < 600; y++) {
                image.setRGB(x, y, (x * 255 / 900) << 16 | (y * 255 / 600) << 8 | 90);
            }
        }
        Path file = files.resolve("photo.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private void waitUntil(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what).until(condition);
    }
}
