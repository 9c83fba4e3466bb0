package org.akhbar.feed.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaService;
import org.akhbar.media.TestImages;
import org.akhbar.site.SiteSettings;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The feeds over HTTP, each read back with Rome (or a JSON parser) as a feed reader would. */
@DatabaseTest
class FeedsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    MediaService media;

    Web web;

    private final Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    private HttpResponse<String> fetch(String path, String contentType) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
                .isEqualToIgnoringCase(contentType + ";charset=UTF-8");
        return response;
    }

    private SyndFeed feed(String path, String contentType) throws Exception {
        return new SyndFeedInput().build(new StringReader(fetch(path, contentType).body()));
    }

    private Article saved(long id) {
        return articles.findById(id).orElseThrow();
    }

    @Test
    void aSectionsFeedsHoldItsPublishedArticlesNewestFirst() throws Exception {
        String section = unique("الاقتصاد");
        Article older = saved(service.create(article(unique("أقدم")).in(section).by("سارة").tagged("نفط")
                .publishedAt(hourAgo.minusSeconds(60)).build()));
        Article newer = saved(service.create(article(unique("أحدث")).in(section).publishedAt(hourAgo).build()));
        service.create(article(unique("مسودة")).in(section).draft().build());
        service.create(article(unique("مجدول")).in(section).publishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).build());
        String path = newer.sections().getFirst().path();
        assertThat(feed(path + "/rss.xml", "application/rss+xml").getLanguage()).isEqualTo("ar");

        for (SyndFeed feed : List.of(feed(path + "/rss.xml", "application/rss+xml"),
                feed(path + "/atom.xml", "application/atom+xml"))) {
            assertThat(feed.getTitle()).endsWith(" - " + section);
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(newer.title(), older.title());
            SyndEntry entry = feed.getEntries().get(1);
            assertThat(entry.getLink()).isEqualTo("http://localhost:8080" + older.path());
            assertThat(entry.getPublishedDate().toInstant()).isEqualTo(older.publishedAt());
            assertThat(entry.getAuthor()).isEqualTo("سارة");
            assertThat(entry.getCategories()).extracting(c -> c.getName()).containsExactly(section, "نفط");
            assertThat(entry.getDescription().getValue()).isEqualTo(older.excerpt());
            assertThat(entry.getContents()).as("excerpts by default").isEmpty();
        }
    }

    @Test
    void tagAndAuthorFeedsFollowTheirLists() throws Exception {
        String tag = unique("ليبيا");
        String author = unique("كاتب");
        Article tagged = saved(service.create(article(unique("موسوم")).tagged(tag).publishedAt(hourAgo).build()));
        Article written = saved(service.create(article(unique("بقلمه")).by(author).publishedAt(hourAgo).build()));

        assertThat(feed(tagged.tags().getFirst().path() + "/rss.xml", "application/rss+xml").getEntries())
                .extracting(SyndEntry::getTitle).containsExactly(tagged.title());
        assertThat(feed(written.author().path() + "/atom.xml", "application/atom+xml").getEntries())
                .extracting(SyndEntry::getTitle).containsExactly(written.title());
        assertThat(web.get("/section/" + unique("لا-يوجد") .replace(' ', '-') + "/rss.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/tag/no-such-tag-here/atom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void theSiteFeedsCarryTheNewestArticleWithItsPicture() throws Exception {
        MediaImage photo = media.upload("صورة.png", TestImages.png(1200, 600), "وصف الصورة", null, null, null);
        Article newest = saved(service.create(article(unique("الأحدث")).featured(photo.id())
                .publishedAt(Instant.now().minusSeconds(1)).build()));

        SyndFeed rss = feed("/rss.xml", "application/rss+xml");
        assertThat(rss.getEntries().getFirst().getTitle()).isEqualTo(newest.title());
        assertThat(rss.getEntries().getFirst().getEnclosures()).singleElement()
                .satisfies(e -> assertThat(e.getUrl()).isEqualTo("http://localhost:8080" + photo.url()));
        assertThat(rss.getEntries().size()).isLessThanOrEqualTo(20);
        assertThat(feed("/atom.xml", "application/atom+xml").getEntries().getFirst().getTitle()).isEqualTo(newest.title());

        JsonNode json = JsonMapper.builder().build().readTree(fetch("/feed.json", "application/feed+json").body());
        assertThat(json.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("language").asString()).isEqualTo("ar");
        assertThat(json.get("feed_url").asString()).isEqualTo("http://localhost:8080/feed.json");
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo(newest.title());
        assertThat(item.get("url").asString()).isEqualTo("http://localhost:8080" + newest.path());
        assertThat(item.get("image").asString()).isEqualTo("http://localhost:8080" + photo.url());
        assertThat(item.get("date_published").asString()).endsWith("+03:00");
    }

    @Test
    void withFullContentOnTheFeedsCarryTheWholeBodyWithAbsoluteAddresses() throws Exception {
        String section = unique("ثقافة");
        MediaImage photo = media.upload("صورة.png", TestImages.png(700, 350), "صورة", null, null, null);
        Article target = saved(service.create(article(unique("هدف")).publishedAt(hourAgo.minusSeconds(5)).build()));
        Article story = saved(service.create(article(unique("كامل")).in(section).publishedAt(hourAgo)
                .body("<p>أول <a href=\"" + target.path() + "\">رابط</a></p><aside data-article-id=\"" + target.id()
                        + "\"></aside><figure><img data-media-id=\"" + photo.id() + "\"></figure><p>آخر</p>").build()));
        SiteSettings before = settings.current();
        try {
            settings.save(withFullContent(before, true));
            SyndFeed feed = feed(story.sections().getFirst().path() + "/rss.xml", "application/rss+xml");
            String html = feed.getEntries().getFirst().getContents().getFirst().getValue();
            var body = Jsoup.parseBodyFragment(html);
            assertThat(body.select("p").eachText()).containsExactly("أول رابط", "آخر");
            assertThat(body.selectFirst("a").attr("href")).isEqualTo("http://localhost:8080" + target.path());
            assertThat(body.selectFirst("img").attr("src")).isEqualTo("http://localhost:8080" + photo.src());
            assertThat(body.selectFirst("img").attr("srcset").split(", "))
                    .allMatch(candidate -> candidate.startsWith("http://localhost:8080/media/"));
            assertThat(body.select("aside")).as("read-also cards need the site's page").isEmpty();
            assertThat(feed(story.sections().getFirst().path() + "/atom.xml", "application/atom+xml")
                    .getEntries().getFirst().getContents()).singleElement().satisfies(c -> assertThat(c.getValue()).isEqualTo(html));
        } finally {
            settings.save(before);
        }
        assertThat(feed(story.sections().getFirst().path() + "/rss.xml", "application/rss+xml")
                .getEntries().getFirst().getContents()).as("the setting, turned off, takes effect at once").isEmpty();
    }

    @Test
    void feedsAreCachedPagesWithValidatorsUntilContentChanges() {
        String section = unique("رياضة");
        Article first = saved(service.create(article(unique("أول")).in(section).publishedAt(hourAgo).build()));
        String path = first.sections().getFirst().path() + "/rss.xml";
        web.get(path);
        HttpResponse<String> cached = web.get(path);
        assertThat(cached.headers().firstValue("X-Cache")).contains("hit");
        assertThat(cached.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public");
        assertThat(cached.headers().firstValue("Last-Modified")).isPresent();
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        assertThat(web.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);

        Article second = saved(service.create(article(unique("ثان")).in(section).publishedAt(hourAgo.plusSeconds(1)).build()));
        HttpResponse<String> changed = web.get(path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains(second.title());
    }

    private static SiteSettings withFullContent(SiteSettings s, boolean full) {
        return new SiteSettings(s.name(), s.headlineSection(), s.months(), s.digits(), s.hijri(), full, s.publisherLogo(),
                s.commentsCloseAfterDays(), s.commentsFromApprovedAtOnce());
    }
}
