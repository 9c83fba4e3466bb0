package org.akhbar.article.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reader site in a real browser: what only a browser can tell, that is site.js at work
 * ("اظهر المزيد", refresh and back keeping the reader's place, the back-to-top button), the page
 * direction as the browser sees it, which addresses the browser actually fetches, and that no page
 * logs a JavaScript error.
 *
 * <p>Drives Debian's Chromium headless through Debian's chromedriver ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, packages {@code chromium} and {@code chromium-driver}), given by
 * path so that Selenium Manager never downloads a browser or a driver. The window is phone sized,
 * since most readers read on phones. One browser serves the whole class; each test works in a
 * section of its own.
 *
 * <p>Where the browser or its driver is missing, the tests are <em>skipped</em> (a developer without
 * Chromium can still build), unless the environment variable {@code AKHBAR_REQUIRE_BROWSER} is set,
 * as CI sets it: then they <em>fail</em>, so that a CI image that lost its browser cannot pass by
 * silently skipping them.
 */
@DatabaseTest
class ReaderBrowserIntegrationTests {


    private static final String SHOW_MORE_LABEL = "اظهر المزيد";
    private static final String BACK_TO_TOP_LABEL = "زر الذهاب إلى الأعلى";
    private static final int PAGE_SIZE = 12;

    /** Cards of the list in page order, as the reader sees them: the link of each card's title. */
    private static final String CARD_LINKS = "#listing > li.card .card-title a";

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SectionRepository sections;

    private final Instant dayBefore = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

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

    @BeforeEach
    void forgetEarlierConsoleEntries() {
        // Reading the log empties it: each test answers for its own pages only.
        chromium.consoleErrors();
    }

    @AfterEach
    void noPageLoggedAnError() {
        assertThat(chromium.consoleErrors()).as("errors in the browser console").isEmpty();
    }

    @Test
    void everyKindOfPageIsArabicAndRightToLeftInTheBrowser() {
        String section = unique("قسم");
        long id = service.create(article("خبر للاتجاه").in(section).publishedAt(dayBefore).build());

        for (String path : List.of("/", sectionPath(section), articlePath(id))) {
            open(path);
            assertThat((String) script("return document.documentElement.lang")).as(path).isEqualTo("ar");
            assertThat((String) script("return document.documentElement.dir")).as(path).isEqualTo("rtl");
            // The attribute is only half of it: the style sheet must not override the direction.
            assertThat((String) script("return getComputedStyle(document.body).direction")).as(path).isEqualTo("rtl");
        }
    }

    @Test
    void showMoreAppendsTheNextBatchInPlaceUntilTheListEnds() {
        Listing listing = listingOf(30);
        open(listing.path());
        assertThat(cardTitles()).containsExactlyElementsOf(listing.titles().subList(0, PAGE_SIZE));
        markThisPage();
        long historyLength = (Long) script("return history.length");

        showMore();

        assertThat(cardTitles()).as("newest first, continuing the first page")
                .containsExactlyElementsOf(listing.titles().subList(0, 2 * PAGE_SIZE));
        assertThat(cardLinks()).doesNotHaveDuplicates()
                .containsExactlyElementsOf(listing.paths().subList(0, 2 * PAGE_SIZE));
        assertThat(pageIsMarked()).as("appended in place, not a new page").isTrue();
        assertThat(browser.getCurrentUrl()).as("the address rebuilds the list down to here")
                .startsWith(origin() + listing.path() + "?upto=");
        assertThat((Long) script("return history.length")).as("the address is replaced, not pushed: "
                + "back leaves the list rather than stepping through its batches").isEqualTo(historyLength);
        assertThat(browser.findElement(By.cssSelector("a.show-more")).getText()).isEqualTo(SHOW_MORE_LABEL);
        // Keyboard and screen reader users carry on from the first new card, not from the top.
        assertThat((String) script("return document.activeElement.getAttribute('href')"))
                .isEqualTo(listing.paths().get(PAGE_SIZE));

        int clicks = 1;
        while (!browser.findElements(By.cssSelector("a.show-more")).isEmpty()) {
            assertThat(++clicks).as("clicks to reach the end").isLessThanOrEqualTo(3);
            showMore();
        }

        assertThat(clicks).as("30 articles, 12 a batch").isEqualTo(2);
        assertThat(cardLinks()).hasSize(30).doesNotHaveDuplicates().containsExactlyElementsOf(listing.paths());
        assertThat(cardTitles()).containsExactlyElementsOf(listing.titles());
        assertThat(pageIsMarked()).isTrue();
        assertThat(browser.getCurrentUrl()).startsWith(origin() + listing.path() + "?upto=");
    }

    @Test
    void refreshKeepsTheReadersPlaceAndTheListGoesOnFromThere() {
        // More than three pages, so the list rebuilt on refresh still has more to show.
        Listing listing = listingOf(40);
        open(listing.path());
        showMore();
        showMore();
        List<String> shown = cardLinks();
        assertThat(shown).containsExactlyElementsOf(listing.paths().subList(0, 3 * PAGE_SIZE));
        String address = browser.getCurrentUrl();
        markThisPage();

        browser.navigate().refresh();
        waitForSiteScript();

        assertThat(pageIsMarked()).as("the page was really loaded again").isFalse();
        assertThat(browser.getCurrentUrl()).isEqualTo(address);
        assertThat(cardLinks()).as("the same cards as before the refresh, in the same order")
                .containsExactlyElementsOf(shown);

        showMore();
        assertThat(cardLinks()).doesNotHaveDuplicates().containsExactlyElementsOf(listing.paths());
        assertThat(browser.findElements(By.cssSelector("a.show-more"))).isEmpty();
    }

    @Test
    void backFromAnArticleKeepsTheAppendedCards() {
        Listing listing = listingOf(30);
        open(listing.path());
        showMore();
        List<String> shown = cardLinks();
        String address = browser.getCurrentUrl();
        assertThat(address).startsWith(origin() + listing.path() + "?upto=");

        // An article from the appended batch, the one a reader who scrolled on would open.
        String chosen = listing.paths().get(PAGE_SIZE + 3);
        browser.findElement(By.cssSelector(CARD_LINKS + "[href='" + chosen + "']")).click();
        waitUntil("the article page opens", d -> d.getCurrentUrl().equals(origin() + chosen));
        waitForSiteScript();
        assertThat(browser.findElement(By.cssSelector("h1.story-title")).getText())
                .isEqualTo(listing.titles().get(PAGE_SIZE + 3));

        browser.navigate().back();
        waitUntil("back on the list", d -> d.getCurrentUrl().equals(address));
        waitForSiteScript();

        // Whether the browser kept the page (Chromium's back/forward cache does here) or loaded the
        // address again (as after an eviction), the reader finds every card they had, in order.
        assertThat(cardLinks()).containsExactlyElementsOf(shown);
        assertThat(browser.findElement(By.cssSelector("a.show-more")).isDisplayed()).isTrue();
    }

    @Test
    void theBackToTopButtonAppearsOnceScrolledAndTakesMouseAndKeyboardToTheTop() {
        String body = "<p>" + "فقرة طويلة من نص المقال تملأ سطوراً عدة على شاشة الهاتف الصغيرة. ".repeat(6) + "</p>";
        long id = service.create(article("مقال طويل").in(unique("قسم")).body(body.repeat(40))
                .publishedAt(dayBefore).build());
        open(articlePath(id));

        WebElement button = browser.findElement(By.id("back-to-top"));
        // A real link to the page's top: it works without JavaScript and the keyboard reaches it.
        assertThat(button.getTagName()).isEqualTo("a");
        assertThat(button.getDomAttribute("href")).isEqualTo("#top");
        assertThat(button.getDomAttribute("aria-label")).isEqualTo(BACK_TO_TOP_LABEL);
        assertThat((Long) script("return document.documentElement.scrollHeight - innerHeight"))
                .as("the page is long enough to scroll").isGreaterThan(3000L);

        // At the top there is nothing to go back to: hidden, and so not a stop for the keyboard.
        waitUntil("the button hides at the top", d -> isHidden(button));
        script("arguments[0].focus()", button);
        assertThat((Boolean) script("return document.activeElement === arguments[0]", button)).isFalse();

        scrollDown();
        // What a screen reader announces, once the button is there to announce.
        assertThat(button.getAccessibleName()).isEqualTo(BACK_TO_TOP_LABEL);
        button.click();
        waitUntil("the page is back at the top", d -> scrollY() == 0);
        assertThat(focusedId()).as("focus moves to the top with the reader").isEqualTo("top");
        assertThat(browser.getCurrentUrl()).as("the script, not the plain link, took the reader up")
                .doesNotContain("#top");
        waitUntil("the button hides again at the top", d -> isHidden(button));

        // By keyboard: Tab from the last stop before the button lands on it, and Enter takes the
        // reader up.
        scrollDown();
        WebElement previous = (WebElement) script("""
                var stops = Array.from(document.querySelectorAll('a[href], button, input, select, textarea,'
                    + ' [tabindex]:not([tabindex="-1"])'));
                return stops[stops.indexOf(arguments[0]) - 1];""", button);
        script("arguments[0].focus()", previous);
        waitUntil("the button shows", d -> button.isDisplayed());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat((Boolean) script("return document.activeElement === arguments[0]", button))
                .as("Tab reaches the button").isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitUntil("Enter takes the page back to the top", d -> scrollY() == 0);
        assertThat(focusedId()).isEqualTo("top");
    }

    @Test
    void theBrowserFetchesNothingFromAnotherSite() {
        Listing listing = listingOf(15);
        List<String> fetched = new ArrayList<>();

        open("/");
        fetched.addAll(resourcesFetched());
        open(articlePath(listing.ids().getFirst()));
        fetched.addAll(resourcesFetched());
        open(listing.path());
        showMore();
        fetched.addAll(resourcesFetched());

        assertThat(fetched).as("the style sheet, the script and the next batch, at least")
                .anyMatch(url -> url.endsWith(".css"))
                .anyMatch(url -> url.endsWith(".js"))
                .anyMatch(url -> url.contains("/more?before="));
        assertThat(fetched).allMatch(url -> url.startsWith(origin() + "/"), "starts with " + origin() + "/");
    }

    // --- The list under test ---

    /** A section's list: its address, and its articles newest first. */
    private record Listing(String path, List<Long> ids, List<String> titles, List<String> paths) {
    }

    /** A section of its own with {@code count} articles a minute apart, so their order is certain. */
    private Listing listingOf(int count) {
        String section = unique("قسم");
        List<Long> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String title = "خبر رقم " + i;
            ids.addFirst(service.create(article(title).in(section).publishedAt(dayBefore.plusSeconds(60L * i)).build()));
            titles.addFirst(title);
        }
        return new Listing(sectionPath(section), ids, titles, ids.stream().map(this::articlePath).toList());
    }

    private String sectionPath(String name) {
        return sections.findByName(name).orElseThrow().path();
    }

    private String articlePath(long id) {
        return articles.findById(id).orElseThrow().path();
    }

    // --- The browser ---

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    private void open(String path) {
        browser.get(origin() + path);
        waitForSiteScript();
    }

    /** Until site.js has run: it marks the page as enhanced before doing anything else. */
    private void waitForSiteScript() {
        waitUntil("site.js has run", d -> (Boolean) script(
                "return document.readyState === 'complete' && document.documentElement.classList.contains('js')"));
    }

    /** Clicks "اظهر المزيد" and waits for the batch to be appended. */
    private void showMore() {
        int before = cardLinks().size();
        WebElement link = browser.findElement(By.cssSelector("a.show-more"));
        assertThat(link.getText()).isEqualTo(SHOW_MORE_LABEL);
        link.click();
        waitUntil("the next batch is appended", d -> cardLinks().size() > before);
    }

    private List<String> cardLinks() {
        return strings("return Array.from(document.querySelectorAll(arguments[0]), a => a.getAttribute('href'))");
    }

    private List<String> cardTitles() {
        return strings("return Array.from(document.querySelectorAll(arguments[0]), a => a.textContent.trim())");
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) script(script, CARD_LINKS);
    }

    /** Marks the page in the browser's memory: the mark survives only as long as this very page. */
    private void markThisPage() {
        script("window.akhbarTestMark = 'same page'");
    }

    private boolean pageIsMarked() {
        return (Boolean) script("return window.akhbarTestMark === 'same page'");
    }

    @SuppressWarnings("unchecked")
    private List<String> resourcesFetched() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)");
    }

    private void scrollDown() {
        script("window.scrollTo(0, 3000)");
        waitUntil("the page has scrolled", d -> scrollY() == 3000);
        waitUntil("the button shows", d -> browser.findElement(By.id("back-to-top")).isDisplayed());
    }

    private long scrollY() {
        return ((Number) script("return Math.round(window.scrollY)")).longValue();
    }

    private String focusedId() {
        return (String) script("return document.activeElement.id");
    }

    private boolean isHidden(WebElement element) {
        return !element.isDisplayed()
                && "hidden".equals(script("return getComputedStyle(arguments[0]).visibility", element));
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void waitUntil(String what, ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(50)).withMessage(what).until(condition);
    }
}
