package org.akhbar.article.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaService;
import org.akhbar.media.TestImages;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Titles, descriptions, share cards, JSON-LD and feed links of the reader pages, as rendered. */
@DatabaseTest
class PageMetadataIntegrationTests {

    /** Everything that could break a script element, an attribute or a JSON string. */
    private static final String NASTY = "«عاجل» \"اقتباس\" </script><script>alert(1)</script> & <!-- \u2028 نهاية";

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MediaService media;

    Web web;

    private final Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    private Document page(String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body(), web.url(path));
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    @Test
    void anArticleDescribesItselfAsANewsArticleThatParsesBackWhateverItsTitle() {
        MediaImage photo = media.upload("ميناء.jpg", TestImages.jpeg(3000, 1500), "ميناء طرابلس", null, null, null);
        String section = unique("الاقتصاد");
        String title = NASTY + "\nسطر ثانٍ";
        long id = service.create(article(title).in(section, "رئيسي").tagged("ليبيا").by("سامر الحداد")
                .excerpt("ملخص \"الخبر\" </script>").featured(photo.id()).publishedAt(yesterday).build());
        String path = articles.findById(id).orElseThrow().path();
        String stored = articles.findById(id).orElseThrow().title();

        Document page = page(path);

        assertThat(page.select("script")).as("the title opened no script element of its own")
                .allMatch(s -> s.hasAttr("src") || "application/ld+json".equals(s.attr("type")));
        Element script = page.selectFirst("script[type=application/ld+json]");
        JsonNode graph = JsonMapper.builder().build().readTree(script.data());
        assertThat(graph.get("@context").asString()).isEqualTo("https://schema.org");
        JsonNode news = graph.get("@graph").get(0);
        assertThat(news.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(news.get("headline").asString()).isEqualTo(stored);
        assertThat(news.get("description").asString()).isEqualTo("ملخص \"الخبر\" </script>");
        assertThat(news.get("inLanguage").asString()).isEqualTo("ar");
        assertThat(news.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+03:00");
        assertThat(Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(news.get("datePublished").asString())))
                .isEqualTo(yesterday);
        assertThat(news.get("dateModified").asString()).isNotBlank();
        assertThat(news.get("author").get(0).get("name").asString()).isEqualTo("سامر الحداد");
        assertThat(news.get("publisher").get("name").asString()).isNotBlank();
        assertThat(news.get("publisher").get("logo").get("url").asString()).startsWith("http://localhost:8080/");
        assertThat(news.get("image").get(0).get("url").asString()).isEqualTo("http://localhost:8080" + photo.url());
        assertThat(news.get("articleSection").get(0).asString()).isEqualTo(section);
        assertThat(news.get("mainEntityOfPage").asString()).isEqualTo("http://localhost:8080" + path);
        JsonNode crumbs = graph.get("@graph").get(1);
        assertThat(crumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(crumbs.get("itemListElement")).hasSize(3);
        assertThat(crumbs.get("itemListElement").get(1).get("name").asString()).isEqualTo(section);
        assertThat(crumbs.get("itemListElement").get(2).get("item").asString()).isEqualTo("http://localhost:8080" + path);

        assertThat(page.title()).startsWith(stored.replaceAll("\\s+", " ").strip().substring(0, 10));
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("ملخص \"الخبر\" </script>");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + path);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo(stored);
        assertThat(meta(page, "og:url")).isEqualTo("http://localhost:8080" + path);
        assertThat(meta(page, "og:locale")).isEqualTo("ar_AR");
        assertThat(meta(page, "og:image")).as("the largest rendition").isEqualTo("http://localhost:8080" + photo.url())
                .endsWith("/2400.jpg");
        assertThat(meta(page, "og:image:width")).isEqualTo("2400");
        assertThat(meta(page, "og:image:height")).isEqualTo("1200");
        assertThat(meta(page, "article:published_time")).endsWith("+03:00");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "twitter:image")).isEqualTo(meta(page, "og:image"));
        assertThat(page.select("link[rel=alternate]").eachAttr("type"))
                .contains("application/rss+xml", "application/atom+xml", "application/feed+json");
    }

    @Test
    void anArticleWithoutAPictureHasASmallCard() {
        long id = service.create(article(unique("خبر بلا صورة")).publishedAt(yesterday).build());
        Document page = page(articles.findById(id).orElseThrow().path());
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(page.select("meta[property=og:image]")).isEmpty();
    }

    @Test
    void everyReaderPageOffersTheFeedsAndTheyAnswer() {
        String section = unique("قسم");
        String tag = unique("وسم");
        long id = service.create(article(unique("خبر")).in(section).tagged(tag).by(unique("كاتب")).publishedAt(yesterday).build());
        var article = articles.findById(id).orElseThrow();
        for (String path : new String[] {"/", article.path(), article.sections().getFirst().path(),
                article.tags().getFirst().path(), article.author().path()}) {
            Document page = page(path);
            assertThat(page.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                    .as("feeds of %s", path).contains("/rss.xml");
            assertThat(meta(page, "og:url")).isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"));
            for (Element link : page.select("link[rel=alternate]")) {
                HttpResponse<String> feed = web.get(link.attr("href"));
                assertThat(feed.statusCode()).as("%s from %s", link.attr("href"), path).isEqualTo(200);
                assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith(link.attr("type"));
                assertThat(link.attr("title")).isNotBlank();
            }
        }
        assertThat(page(article.sections().getFirst().path()).select("link[rel=alternate]").eachAttr("href"))
                .contains(article.sections().getFirst().path() + "/rss.xml", article.sections().getFirst().path() + "/atom.xml");
        assertThat(meta(page("/"), "og:type")).isEqualTo("website");
    }
}
