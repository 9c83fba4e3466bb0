package org.akhbar.search;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.akhbar.article.ArticleService;
import org.akhbar.article.RelatedArticleRepository;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search as readers, API clients and editors meet it, on the whole application: articles are found
 * once published and gone once unpublished, fed only by the change log; bad input is answered in
 * Arabic, never with a 500; related articles are ranked and stored; the newsroom's spellings apply.
 */
@DatabaseTest
class SearchIntegrationTests {

    private static final Duration SOON = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    RelatedArticleRepository related;

    @Autowired
    AccountService accounts;

    Web web;

    @BeforeEach
    void setUp() {
        web = new Web(port);
    }

    /** A word found in no other test's articles: a prefix and a number written in Arabic letters. */
    private static String word(String prefix) {
        String digits = unique("").strip();
        StringBuilder word = new StringBuilder(prefix);
        digits.chars().forEach(c -> word.append("بتثجحخدذرز".charAt(c - '0')));
        return word.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> api(String query) {
        return web.get("/api/v1/search?q=" + encode(query));
    }

    private Document page(String path) {
        return Jsoup.parse(web.get(path).body());
    }

    @Test
    void anArticleIsFoundOncePublishedAndGoneOnceUnpublished() {
        String word = word("قمة");
        long id = articles.create(article("أردوغان يحضر " + word + " الرياض").body("<p>نص الخبر عن " + word + "</p>")
                .in("شؤون دولية").publishedAt(Instant.now().minusSeconds(60)).build());
        articles.create(article("مسودة " + word).draft().build());

        await().atMost(SOON).until(() -> api(word).body().contains("\"id\":" + id));
        HttpResponse<String> found = api(word);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(found.body()).contains("\"total\":1", "\"total_exact\":true", "\"external_id\"", "\"published_at\":\"", "\"next_cursor\":null",
                "\"url\":\"http", "شؤون دولية", "<mark>");
        assertThat(api("اردوغان " + word).body()).contains("\"id\":" + id);

        articles.update(id, article("أردوغان يحضر " + word + " الرياض").draft().build());
        await().atMost(SOON).until(() -> api(word).body().contains("\"total\":0"));
    }

    @Test
    void theSearchPageListsResultsWithHighlightsAndIsNotIndexed() {
        String word = word("مهرجان");
        long id = articles.create(article("افتتاح " + word + " السينمائي").body("<p>بدأ اليوم " + word + " بعروض عربية.</p>")
                .in("ثقافة").publishedAt(Instant.now().minusSeconds(60)).build());
        await().atMost(SOON).until(() -> page("/search?q=" + encode(word)).select(".search-result").size() == 1);

        HttpResponse<String> response = web.get("/search?q=" + encode(word));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Robots-Tag")).contains("noindex");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.selectFirst(".search-result .card-title a").attr("href")).startsWith("/article/" + id + "/");
        assertThat(page.selectFirst(".search-result .card-section a").text()).isEqualTo("ثقافة");
        assertThat(page.select(".search-result .snippet mark").eachText()).contains(word);
        assertThat(page.selectFirst("#search-q").val()).isEqualTo(word);
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeader() {
        Document home = page("/");
        assertThat(home.selectFirst("header form.search-box").attr("action")).isEqualTo("/search");
        assertThat(home.selectFirst("header form.search-box").attr("method")).isEqualTo("get");
        assertThat(home.selectFirst("header form.search-box input[name=q]")).isNotNull();
    }

    @Test
    void odditiesInTheQueryGetAFriendlyArabicPage() {
        assertThat(web.get("/search").statusCode()).isEqualTo(200);
        assertThat(page("/search").selectFirst(".hint")).isNotNull();
        for (String q : new String[] {"\"", "\"\"\"غزة", "AND OR NOT", "+-*?~^()", "\u0001\u0002", "في من"}) {
            HttpResponse<String> response = web.get("/search?q=" + encode(q));
            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).as(q).startsWith("نتائج البحث");
        }
        assertThat(page("/search?q=" + encode("في من")).selectFirst(".search-message").text()).contains("كلمات يمكن البحث عنها");
        HttpResponse<String> tooLong = web.get("/search?q=" + encode("غزة ".repeat(60)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.body()).selectFirst(".search-message").text()).contains("طويل");
        HttpResponse<String> badDate = web.get("/search?q=x&from=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badDate.body()).selectFirst(".search-message").text()).contains("التاريخ");
        assertThat(web.get("/search?q=x&cursor=-3").statusCode()).isEqualTo(400);
        assertThat(web.get("/search?q=x&section=" + encode("لا-قسم")).statusCode()).isEqualTo(400);
    }

    @Test
    void nothingFoundSaysSoAndSuggestsACloseSpelling() {
        String word = word("كلمة");
        articles.create(article("خطاب " + "أردوغان" + " في البرلمان " + word).publishedAt(Instant.now().minusSeconds(60)).build());
        await().atMost(SOON).until(() -> api(word).body().contains("\"total\":1"));

        Document page = page("/search?q=" + encode("اردغان"));
        assertThat(page.selectFirst(".search-none").text()).contains("لم نجد");
        assertThat(page.selectFirst(".search-suggestion a").text()).isEqualTo("اردوغان");
        assertThat(page.selectFirst(".search-suggestion a").attr("href")).startsWith("/search?q=");
    }

    @Test
    void theApiRefusesBadParametersWithProblemJson() {
        for (String query : new String[] {"q=", "q=x&sort=popular", "q=x&limit=0", "q=x&limit=500", "q=x&cursor=abc",
                "q=x&from=2026-13-01", "q=x&from=2026-02-01&to=2026-01-01", "q=" + encode("غزة ".repeat(60))}) {
            HttpResponse<String> response = web.get("/api/v1/search?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(query)
                    .startsWith("application/problem+json");
        }
        HttpResponse<String> missing = web.get("/api/v1/articles/987654321/related");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void theApiPagesWithACursor() {
        String word = word("مباراة");
        for (int i = 0; i < 3; i++) {
            articles.create(article(word + " رقم " + i).publishedAt(Instant.now().minusSeconds(600 - i)).build());
        }
        await().atMost(SOON).until(() -> api(word).body().contains("\"total\":3"));
        String first = web.get("/api/v1/search?sort=date&limit=2&q=" + encode(word)).body();
        assertThat(first).contains("\"next_cursor\":\"2\"", word + " رقم 2", word + " رقم 1");
        String second = web.get("/api/v1/search?sort=date&limit=2&cursor=2&q=" + encode(word)).body();
        assertThat(second).contains(word + " رقم 0", "\"next_cursor\":null");
    }

    @Test
    void relatedArticlesAreRankedByContentAndStored() {
        String place = word("بلدة");
        Instant now = Instant.now().minusSeconds(3600);
        long quake = articles.create(article("زلزال يضرب " + place + " الجبلية").body(
                "<p>ضرب زلزال قوي " + place + " فجراً وهدم منازل، وفرق الإنقاذ تبحث عن ناجين تحت الأنقاض.</p>")
                .in("محليات").tagged("زلزال").publishedAt(now).build());
        long followUp = articles.create(article("فرق الإنقاذ تنتشل ناجين في " + place).body(
                "<p>بعد الزلزال الذي ضرب " + place + " انتشلت فرق الإنقاذ ناجين من تحت الأنقاض.</p>")
                .in("محليات").tagged("زلزال").publishedAt(now.plusSeconds(600)).build());
        long other = articles.create(article("ارتفاع أسعار الذهب").body("<p>ارتفعت أسعار الذهب في الأسواق.</p>")
                .in("محليات").publishedAt(now.plusSeconds(1200)).build());

        await().atMost(SOON).until(() -> related.find(quake).contains(followUp) && related.find(followUp).contains(quake));
        assertThat(related.find(quake)).doesNotContain(other, quake);
        String json = web.get("/api/v1/articles/" + quake + "/related?limit=3").body();
        assertThat(json).contains("\"id\":" + followUp, "\"sections\":[{\"name\":\"محليات\"");
        Document article = page(web.get("/article/" + quake).headers().firstValue("Location").orElseThrow());
        assertThat(article.select(".related .card-title a").eachAttr("href").getFirst()).startsWith("/article/" + followUp + "/");
    }

    @Test
    void editorsKeepTheSpellingEquivalencesAndSearchFollowsThem() {
        String name = "ed" + System.nanoTime() % 1_000_000_000L;
        accounts.create(new NewAccount(name, "محرر " + name, null, TestAccounts.PASSWORD, Role.EDITOR));
        NewsroomClient editor = new NewsroomClient(port);
        editor.login(name, TestAccounts.PASSWORD);
        String author = "au" + System.nanoTime() % 1_000_000_000L;
        accounts.create(new NewAccount(author, "كاتب " + author, null, TestAccounts.PASSWORD, Role.AUTHOR));
        NewsroomClient writer = new NewsroomClient(port);
        writer.login(author, TestAccounts.PASSWORD);

        long id = articles.create(article("كومبيوتر جديد من شركة ناشئة").publishedAt(Instant.now().minusSeconds(60)).build());
        await().atMost(SOON).until(() -> api("كومبيوتر").body().contains("\"id\":" + id));
        assertThat(api("حاسوب").body()).contains("\"total\":0");

        Document form = Jsoup.parse(editor.get("/newsroom/spellings").body());
        assertThat(form.selectFirst("textarea[name=spellings]").text()).contains("فاغنر فاجنر");
        assertThat(writer.get("/newsroom/spellings").statusCode()).isEqualTo(403);

        HttpResponse<String> refused = editor.post("/newsroom/spellings", Map.of("spellings", "فاغنر فاجنر\nوحيدة"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".form-problems").text()).contains("السطر 2");
        assertThat(api("فاجنر").statusCode()).isEqualTo(200);

        HttpResponse<String> saved = editor.post("/newsroom/spellings", Map.of("spellings", "فاغنر فاجنر\nحاسوب، كومبيوتر"));
        assertThat(saved.statusCode()).isEqualTo(302);
        await().atMost(SOON).until(() -> api("حاسوب").body().contains("\"id\":" + id));
    }
}
