package org.akhbar.feed.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaService;
import org.akhbar.media.TestImages;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sitemaps over HTTP, with files cut at three addresses instead of 50,000, so that the way a
 * million articles are split is seen with a handful. Each test works in a month of its own.
 */
@DatabaseTest
@TestPropertySource(properties = "akhbar.sitemap.urls-per-file=3")
class SitemapsIntegrationTests {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MediaService media;

    Web web;

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC).toInstant();
    }

    private Document xml(String path) throws Exception {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private List<String> indexed() throws Exception {
        Document index = xml("/sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        return texts(index, SITEMAP, "loc");
    }

    private String path(long id) {
        return articles.findById(id).orElseThrow().path();
    }

    @Test
    void aMonthWithMoreArticlesThanAFileHoldsIsCutIntoPartsThatTogetherHoldItAll() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            expected.add(SITE + path(service.create(article(unique("مارس")).publishedAt(at(2019, 3, day, 10)).build())));
        }
        // not in any sitemap: a draft, and the last day of February in UTC (1 March in Riyadh)
        service.create(article(unique("مسودة")).publishedAt(at(2019, 3, 8, 10)).draft().build());
        long february = service.create(article(unique("فبراير")).publishedAt(at(2019, 2, 28, 23)).build());

        List<String> files = indexed();
        assertThat(files).contains(SITE + "/sitemaps/articles-2019-03.xml", SITE + "/sitemaps/articles-2019-03-2.xml",
                SITE + "/sitemaps/articles-2019-03-3.xml", SITE + "/sitemaps/articles-2019-02.xml",
                SITE + "/sitemaps/pages.xml", SITE + "/sitemaps/news.xml");
        assertThat(files).doesNotContain(SITE + "/sitemaps/articles-2019-03-4.xml");

        List<String> found = new ArrayList<>();
        for (String file : List.of("articles-2019-03.xml", "articles-2019-03-2.xml", "articles-2019-03-3.xml")) {
            Document urlset = xml("/sitemaps/" + file);
            assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<String> locs = texts(urlset, SITEMAP, "loc");
            assertThat(locs).as(file).hasSizeBetween(1, 3);
            assertThat(texts(urlset, SITEMAP, "lastmod")).hasSameSizeAs(locs)
                    .allSatisfy(lastmod -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(lastmod));
            found.addAll(locs);
        }
        assertThat(found).as("oldest first, each once").containsExactlyElementsOf(expected);
        assertThat(texts(xml("/sitemaps/articles-2019-02.xml"), SITEMAP, "loc")).containsExactly(SITE + path(february));
        assertThat(web.get("/sitemaps/articles-2019-03-4.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/sitemaps/articles-2019-01.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/sitemaps/articles-2019-13.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/sitemaps/whatever.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticleWithAPictureHasAnImageEntry() throws Exception {
        MediaImage photo = media.upload("صورة.png", TestImages.png(800, 400), "صورة", null, null, null);
        long id = service.create(article(unique("بصورة")).featured(photo.id()).publishedAt(at(2018, 5, 3, 9)).build());

        Document urlset = xml("/sitemaps/articles-2018-05.xml");
        assertThat(texts(urlset, SITEMAP, "loc")).containsExactly(SITE + path(id));
        assertThat(texts(urlset, IMAGE, "loc")).containsExactly(SITE + photo.url());
    }

    @Test
    void anArticleTakenOffTheSiteLeavesItsMonth() throws Exception {
        long kept = service.create(article(unique("باق")).publishedAt(at(2017, 6, 1, 9)).build());
        String title = unique("مسحوب");
        long removed = service.create(article(title).publishedAt(at(2017, 6, 2, 9)).build());
        assertThat(texts(xml("/sitemaps/articles-2017-06.xml"), SITEMAP, "loc")).containsExactly(SITE + path(kept), SITE + path(removed));

        service.update(removed, article(title).publishedAt(at(2017, 6, 2, 9)).draft().build());

        assertThat(texts(xml("/sitemaps/articles-2017-06.xml"), SITEMAP, "loc")).containsExactly(SITE + path(kept));
    }

    @Test
    void theNewsSitemapHoldsTheLastTwoDaysWithPublicationAndLanguage() throws Exception {
        String title = unique("عاجل \"خبر\" & <تحديث>");
        long fresh = service.create(article(title).publishedAt(Instant.now().minus(2, ChronoUnit.HOURS)).build());
        long old = service.create(article(unique("قديم")).publishedAt(Instant.now().minus(49, ChronoUnit.HOURS)).build());

        Document news = xml("/sitemaps/news.xml");
        assertThat(texts(news, SITEMAP, "loc")).contains(SITE + path(fresh)).doesNotContain(SITE + path(old));
        assertThat(texts(news, NEWS, "title")).contains(articles.findById(fresh).orElseThrow().title());
        assertThat(texts(news, NEWS, "name")).isNotEmpty().allMatch(name -> !name.isBlank());
        assertThat(texts(news, NEWS, "language")).isNotEmpty().containsOnly("ar");
        assertThat(texts(news, NEWS, "publication_date")).allSatisfy(date -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(date));
    }

    @Test
    void sectionAndTagPagesHaveTheirSitemaps() throws Exception {
        String section = unique("قسم");
        List<String> tags = List.of(unique("وسم"), unique("وسم"), unique("وسم"), unique("وسم"));
        Article article = articles.findById(service.create(article(unique("موسوم")).in(section)
                .tagged(tags.toArray(String[]::new)).publishedAt(at(2016, 1, 1, 9)).build())).orElseThrow();

        assertThat(texts(xml("/sitemaps/pages.xml"), SITEMAP, "loc"))
                .contains(SITE + "/", SITE + article.sections().getFirst().path());
        List<String> tagFiles = indexed().stream().filter(loc -> loc.contains("/sitemaps/tags-")).toList();
        List<String> tagPages = new ArrayList<>();
        for (String file : tagFiles) {
            List<String> locs = texts(xml(file.substring(SITE.length())), SITEMAP, "loc");
            assertThat(locs).hasSizeBetween(1, 3);
            tagPages.addAll(locs);
        }
        assertThat(tagPages).doesNotHaveDuplicates()
                .containsAll(article.tags().stream().map(t -> SITE + t.path()).toList());
    }

    @Test
    void robotsTxtPointsAtTheIndexAndKeepsCrawlersOutOfTheNewsroom() {
        HttpResponse<String> robots = web.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /newsroom")
                .contains("Disallow: /preview/").contains("Sitemap: " + SITE + "/sitemap.xml");
    }

    @Test
    void aFileAskedAgainBeforeAnyChangeIsNotModifiedAndAChangeRefreshesIt() throws Exception {
        long first = service.create(article(unique("أول")).publishedAt(at(2015, 9, 1, 9)).build());
        HttpResponse<String> response = web.get("/sitemaps/articles-2015-09.xml");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("X-Cache")).as("kept once written").contains("miss");
        assertThat(web.get("/sitemaps/articles-2015-09.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> again = web.get("/sitemaps/articles-2015-09.xml");
        assertThat(again.headers().firstValue("X-Cache")).contains("hit");
        assertThat(again.body()).as("unpacked for a client that takes no gzip").isEqualTo(response.body());
        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(web.url("/sitemaps/articles-2015-09.xml")))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(unpacked.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(response.body());
        }

        long second = service.create(article(unique("ثان")).publishedAt(at(2015, 9, 2, 9)).build());

        HttpResponse<String> changed = web.get("/sitemaps/articles-2015-09.xml", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains(path(first)).contains(path(second));
        assertThat(web.get("/sitemap.xml").headers().firstValue("ETag")).as("the index is a cached page").isPresent();
    }
}
