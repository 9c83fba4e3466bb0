package org.akhbar.article.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.akhbar.article.ArticlePaths;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.article.ArticleInput;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class ReaderPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SectionRepository sections;

    Web web;

    private final Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    private String pathOf(long id) {
        return articles.findById(id).orElseThrow().path();
    }

    private Document page(String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body(), web.url(path));
    }

    @Test
    void theArticlePageHasTheSeedPagesWholeAnatomy() {
        String tag = unique("ليبيا");
        long target = service.create(article("أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا").in("شؤون دولية")
                .tagged(tag).publishedAt(yesterday.minusSeconds(3600)).build());
        long story = service.create(article("الحكومة الليبية تصادق على تفعيل الاتفاق الأمني مع تركيا")
                .in("الاقتصاد", "رئيسي", "شؤون دولية").tagged(tag, "تركيا").by("سامر الحداد").kicker("تطورات ليبيا")
                .body("<p>الفقرة الأولى.</p><aside data-article-id=\"" + target + "\"></aside><p>الفقرة الثانية.</p>")
                .publishedAt(yesterday).build());

        Document page = page(pathOf(story));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("nav.sections-menu a").eachText()).contains("الاقتصاد", "رئيسي", "شؤون دولية");
        assertThat(page.select(".story-sections a").eachText()).containsExactly("الاقتصاد", "رئيسي", "شؤون دولية");
        assertThat(page.select(".story-sections a").first().attr("href")).isEqualTo(
                sections.findByName("الاقتصاد").orElseThrow().path());
        assertThat(page.selectFirst("h1.story-title").text()).isEqualTo("الحكومة الليبية تصادق على تفعيل الاتفاق الأمني مع تركيا");
        assertThat(page.selectFirst(".kicker").text()).isEqualTo("تطورات ليبيا");
        assertThat(page.selectFirst(".byline").text()).isEqualTo("بقلم سامر الحداد");
        assertThat(page.selectFirst(".story-meta time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(page.selectFirst(".story-meta time").text()).matches("\\d{1,2} (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \\d{4}");
        assertThat(page.selectFirst(".hijri").text()).endsWith("هـ");
        assertThat(page.select(".story-body p").eachText()).containsExactly("الفقرة الأولى.", "الفقرة الثانية.");
        assertThat(page.selectFirst(".story-body .read-also .read-also-label").text()).isEqualTo("اقرأ أيضاً");
        assertThat(page.selectFirst(".story-body .read-also a").text()).isEqualTo("أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا");
        assertThat(page.selectFirst(".story-body .read-also a").attr("href")).isEqualTo(pathOf(target));
        assertThat(page.select(".story-tags a").eachText()).containsExactly(tag, "تركيا");
        assertThat(page.select(".share a").eachAttr("href")).anyMatch(h -> h.startsWith("https://wa.me/"));
        assertThat(page.selectFirst("#related-title").text()).isEqualTo("مقالات ذات صلة");
        assertThat(page.select(".related .card-title a").eachAttr("href")).contains(pathOf(target));
        assertThat(page.selectFirst("#respond-title").text()).isEqualTo("اترك تعليقاً");
        assertThat(page.selectFirst("#comments-count").text()).isEqualTo("لا تعليقات بعد");
        assertThat(page.select("#comments form.comment-form")).hasSize(1);
        assertThat(page.select("#comments .comment")).isEmpty();
        assertThat(page.selectFirst("#back-to-top").attr("aria-label")).isEqualTo("زر الذهاب إلى الأعلى");
        assertThat(page.selectFirst("#back-to-top").attr("href")).isEqualTo("#top");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith(pathOf(story));
    }

    @Test
    void noRequestLeavesTheSiteForStylesScriptsOrImages() {
        long id = service.create(article("عنوان").publishedAt(yesterday).build());
        Document page = page(pathOf(id));
        assertThat(page.select("link[rel=stylesheet], link[rel~=icon], link[rel=preload]").eachAttr("abs:href"))
                .isNotEmpty().allMatch(url -> url.startsWith(web.url("/")));
        assertThat(page.select("script[src], img[src], iframe[src]").eachAttr("abs:src"))
                .isNotEmpty().allMatch(url -> url.startsWith(web.url("/")));
        assertThat(page.select("style, [style]")).as("no inline styles that could import fonts").isEmpty();
        // and the browser is told to refuse anything from elsewhere, should some content try
        assertThat(web.get(pathOf(id)).headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("img-src 'self' data:").doesNotContain("unsafe-inline");
        assertThat(web.get(page.selectFirst("link[rel=stylesheet]").attr("href")).statusCode()).isEqualTo(200);
        assertThat(web.get(page.selectFirst("script[src]").attr("src")).statusCode()).isEqualTo(200);
    }

    @Test
    void theReadAlsoCardDisappearsWhenItsTargetIsUnpublished() {
        ArticleInput targetInput = article("هدف البطاقة").publishedAt(yesterday).build();
        long target = service.create(targetInput);
        long story = service.create(article("القصة").publishedAt(yesterday)
                .body("<p>أ</p><aside data-article-id=\"" + target + "\"></aside><p>ب</p>").build());
        assertThat(page(pathOf(story)).select(".read-also")).hasSize(1);

        service.update(target, article("هدف البطاقة").publishedAt(yesterday).draft().build());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Document page = page(pathOf(story));
            assertThat(page.select(".read-also")).isEmpty();
            assertThat(page.select(".story-body p").eachText()).containsExactly("أ", "ب");
        });
    }

    @Test
    void aWrongOrMissingSlugIsRedirectedForGoodToTheCanonicalAddress() {
        long id = service.create(article("الحكومة الليبية تصادق على الاتفاق").publishedAt(yesterday).build());
        String canonical = pathOf(id);

        for (String path : new String[] {"/article/" + id + "/old-slug", "/article/" + id}) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(canonical);
        }
        assertThat(canonical).isEqualTo(ArticlePaths.of(id, "الحكومة-الليبية-تصادق-على-الاتفاق"));
        assertThat(canonical).isEqualTo("/article/" + id + "/"
                + "%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D9%84%D9%8A%D8%A8%D9%8A%D8%A9-"
                + "%D8%AA%D8%B5%D8%A7%D8%AF%D9%82-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A7%D8%AA%D9%81%D8%A7%D9%82");
        assertThat(URLDecoder.decode(canonical, StandardCharsets.UTF_8)).endsWith("/الحكومة-الليبية-تصادق-على-الاتفاق");
    }

    @Test
    void unknownThingsAreArabic404Pages() {
        for (String path : new String[] {"/article/999999999", "/article/999999999/x", "/section/لا-يوجد",
                "/tag/لا-يوجد", "/author/لا-يوجد", "/no/such/page", "/article/abc"}) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
            assertThat(page.selectFirst(".error-page h1").text()).as(path).isEqualTo("الصفحة غير موجودة");
        }
    }

    @Test
    void aDraftOrScheduledArticleIsNotFound() {
        long draft = service.create(article("مسودة").draft().publishedAt(yesterday).build());
        long later = service.create(article("لاحقاً").publishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).build());
        assertThat(web.get("/article/" + draft + "/x").statusCode()).isEqualTo(404);
        assertThat(web.get("/article/" + later + "/x").statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComesThoughPagesWereCachedBefore() {
        String section = unique("قسم");
        service.create(article("منشور من قبل").in(section).publishedAt(yesterday).build());
        long scheduled = service.create(article("مجدول بعد ثوان").in(section)
                .publishedAt(Instant.now().plusSeconds(3)).build());
        String list = sections.findByName(section).orElseThrow().path();
        assertThat(page(list).select("#listing .card-title").eachText()).containsExactly("منشور من قبل");
        assertThat(web.get("/article/" + scheduled + "/x").statusCode()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(list).select("#listing .card-title").eachText())
                        .containsExactly("مجدول بعد ثوان", "منشور من قبل"));
        assertThat(web.get(pathOf(scheduled)).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedListParametersAreArabic400Pages() {
        String section = unique("قسم");
        service.create(article("مقال").in(section).publishedAt(yesterday).build());
        String path = sections.findByName(section).orElseThrow().path();
        for (String query : new String[] {"?before=abc", "?upto=1_x", "/more?before=%27%3B", "/more",
                "?before=1_2&upto=1_2"}) {
            HttpResponse<String> response = web.get(path + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).selectFirst(".error-page h1").text()).isEqualTo("طلب غير صالح");
        }
    }

    @Test
    void readerPagesAnswerConditionalRequestsWith304() {
        long id = service.create(article("عنوان").publishedAt(yesterday).build());
        HttpResponse<String> first = web.get(pathOf(id));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .startsWith("public").contains("max-age=").contains("stale-while-revalidate=");

        HttpResponse<String> byEtag = web.get(pathOf(id), "If-None-Match", etag);
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byEtag.headers().firstValue("ETag")).contains(etag);

        assertThat(web.get(pathOf(id), "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(web.get(pathOf(id), "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(web.get("/", "If-None-Match", web.get("/").headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    @Test
    void theGzipFormIsServedToClientsThatAskForIt() {
        long id = service.create(article("عنوان").body("<p>" + "نص طويل بما يكفي للضغط. ".repeat(200) + "</p>")
                .publishedAt(yesterday).build());
        HttpResponse<String> plain = web.get(pathOf(id));
        HttpResponse<String> gzip = web.get(pathOf(id), "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("Accept-Encoding");
        assertThat(Long.parseLong(gzip.headers().firstValue("Content-Length").orElseThrow()))
                .isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 3);
    }

    @Test
    void anEditReachesTheCachedPageWithinTheChangeLogsPoll() {
        long id = service.create(article("العنوان الأول").publishedAt(yesterday).build());
        web.get(pathOf(id));
        assertThat(web.get(pathOf(id)).headers().firstValue("X-Cache")).contains("hit");

        service.update(id, article("العنوان الأول").body("<p>نص مصحح</p>").publishedAt(yesterday).build());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(page(pathOf(id)).select(".story-body p").eachText()).containsExactly("نص مصحح"));
    }

    @Test
    void theHomePageLeadsWithTheHeadlineSectionThenTheLatestThenEachSection() {
        long headline = service.create(article("خبر رئيسي").in("رئيسي", "سياسة").publishedAt(Instant.now().minusSeconds(5)).build());
        Document home = page("/");
        assertThat(home.select(".headlines .card-title a").eachAttr("href")).contains(pathOf(headline));
        assertThat(home.select(".latest .card-title a").eachAttr("href")).doesNotContain(pathOf(headline));
        assertThat(home.select(".section-block .block-title").eachText()).contains("سياسة").doesNotContain("رئيسي");
        assertThat(home.selectFirst(".today").text()).matches("(الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت) .+ \\d{4}");
    }

    @Test
    void aListPageOffersThePlainNextPageLinkAndTheBatchForShowMore() {
        String section = unique("قسم");
        for (int i = 0; i < 15; i++) {
            service.create(article("مقال " + i).in(section).publishedAt(yesterday.plusSeconds(i)).build());
        }
        String path = sections.findByName(section).orElseThrow().path();
        Document first = page(path);
        assertThat(first.select("#listing .card")).hasSize(12);
        var more = first.selectFirst("a.show-more");
        assertThat(more.text()).isEqualTo("اظهر المزيد");

        Document second = page(more.attr("href"));
        assertThat(second.select("#listing .card-title").eachText()).containsExactly("مقال 2", "مقال 1", "مقال 0");
        assertThat(second.select("a.show-more")).isEmpty();
        assertThat(second.selectFirst(".listing-newest a").attr("href")).isEqualTo(path);

        Document batch = Jsoup.parse(web.get(more.attr("data-batch")).body());
        assertThat(batch.select("[data-batch] .card-title").eachText()).containsExactly("مقال 2", "مقال 1", "مقال 0");
        Document rebuilt = page(batch.selectFirst("[data-batch]").attr("data-place"));
        assertThat(rebuilt.select("#listing .card")).hasSize(15);
    }

    @Test
    void tagAndAuthorPagesListTheirArticles() {
        String tag = unique("وسم");
        String author = unique("كاتب");
        long id = service.create(article("مقال موسوم").tagged(tag).by(author).publishedAt(yesterday).build());
        var article = articles.findById(id).orElseThrow();
        assertThat(page(article.tags().getFirst().path()).select("#listing .card-title a").eachAttr("href"))
                .containsExactly(pathOf(id));
        assertThat(page(article.author().path()).select("#listing .card-title a").eachAttr("href"))
                .containsExactly(pathOf(id));
        assertThat(page(article.author().path()).selectFirst("h1").text()).contains(author);
    }
}
