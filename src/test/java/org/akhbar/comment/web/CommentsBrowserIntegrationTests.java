package org.akhbar.comment.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.HeadlessChromium;
import org.akhbar.testing.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comments in a real headless Chromium, under the site's content security policy: a reader posts
 * from the article page (the script sends it in place and says it awaits moderation), an editor
 * approves it in the newsroom, and the reader sees it on the article, replies opening in place.
 */
@DatabaseTest
class CommentsBrowserIntegrationTests {

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleRepository articleRows;

    @Autowired
    AccountService accounts;

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

    @Test
    void aReaderCommentsAnEditorApprovesAndTheReaderSeesIt() throws InterruptedException {
        long id = articles.create(article(unique("خبر يعلّق عليه القراء")).build());
        String path = articleRows.findById(id).orElseThrow().path();
        String text = "تعليق من المتصفح عن Erdoğan و3 آلاف جندي\nوسطر ثانٍ فيه https://example.com/a";

        open(path);
        WebElement form = waitFor("form.comment-form");
        browser.findElement(By.id("comment-name")).sendKeys("قارئة المتصفح");
        browser.findElement(By.id("comment-email")).sendKeys("browser-" + id + "@example.com");
        WebElement area = browser.findElement(By.id("comment-text"));
        area.sendKeys("تعليق من المتصفح عن Erdoğan و3 آلاف جندي", Keys.ENTER, "وسطر ثانٍ فيه https://example.com/a");
        Thread.sleep(3200);   // a person takes longer than the minimum time to write
        press(form.findElement(By.cssSelector("button[type=submit]")));
        waitUntil("the script says it awaits moderation",
                d -> d.findElement(By.cssSelector(".comment-status")).getText().contains("سيظهر بعد أن يراجعه المحررون"));
        assertThat(browser.getCurrentUrl()).as("sent in place").endsWith(path);
        assertThat(area.getDomProperty("value")).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".comment"))).isEmpty();

        Account editor = TestAccounts.create(accounts, Role.EDITOR);
        open("/newsroom/login");
        browser.findElement(By.id("username")).sendKeys(editor.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        waitUntil("signed in", d -> d.getCurrentUrl().endsWith("/newsroom/articles"));
        press(browser.findElement(By.cssSelector(".newsroom-nav a[href='/newsroom/comments']")));
        waitFor(".comment-queue");
        WebElement row = browser.findElements(By.cssSelector(".comment-queue tbody tr")).stream()
                .filter(r -> r.getText().contains("قارئة المتصفح")).findFirst().orElseThrow();
        press(row.findElement(By.cssSelector("input[name=ids]")));
        press(browser.findElement(By.cssSelector("button[name=action][value=approve]")));
        waitUntil("approved", d -> d.getCurrentUrl().contains("done=1"));
        press(browser.findElement(By.cssSelector(".newsroom-logout button")));
        waitUntil("signed out", d -> d.getCurrentUrl().contains("/newsroom/login"));

        open(path);
        // The browser may keep its copy of the page for a minute (Cache-Control max-age); a reload revalidates.
        browser.navigate().refresh();
        WebElement comment = waitFor(".comment");
        assertThat(comment.findElement(By.cssSelector(".comment-author")).getText()).isEqualTo("قارئة المتصفح");
        WebElement shown = comment.findElement(By.cssSelector(".comment-text"));
        assertThat(shown.getText()).isEqualTo(text);
        assertThat(shown.getDomAttribute("dir")).isEqualTo("auto");
        assertThat(shown.findElement(By.tagName("a")).getDomAttribute("rel")).isEqualTo("nofollow ugc");
        assertThat((String) browser.executeScript("return getComputedStyle(arguments[0]).direction", shown))
                .as("an Arabic comment reads right to left").isEqualTo("rtl");
        assertThat(browser.findElement(By.id("comments-count")).getText()).isEqualTo("تعليق واحد");

        // Reply: the form comes under the comment, and goes back when cancelled.
        press(comment.findElement(By.cssSelector("a.comment-answer")));
        assertThat(browser.findElement(By.cssSelector(".comment form.comment-form"))).isNotNull();
        assertThat(browser.findElement(By.cssSelector("form.comment-form input[name=parent]")).getDomProperty("value"))
                .isEqualTo(comment.getDomAttribute("id").substring("comment-".length()));
        press(browser.findElement(By.cssSelector("[data-cancel-reply]")));
        assertThat(browser.findElements(By.cssSelector(".comment form.comment-form"))).isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private void press(WebElement control) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.cssSelector(css)));
    }

    private void waitUntil(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(what).until(condition);
    }
}
