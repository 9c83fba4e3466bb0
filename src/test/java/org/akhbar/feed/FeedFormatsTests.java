package org.akhbar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.akhbar.feed.FeedEntry.FeedImage;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each format read back with Rome (RSS, Atom) or a JSON parser, as a feed reader would. */
class FeedFormatsTests {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final Instant PUBLISHED = Instant.parse("2026-11-29T06:30:00Z");
    private static final Instant UPDATED = Instant.parse("2026-11-29T08:00:15Z");
    private static final String TITLE = "«عاجل»: \"الاتفاق\" </script> & <b>الرد</b>\u0001";
    private static final String BODY = "<p>الفقرة <a href=\"https://akhbar.example/tag/x\">الأولى</a> ]]> &amp; </p>";

    private final FeedFormats formats = new FeedFormats(RIYADH, "https://akhbar.example/");

    private static FeedEntry entry(String contentHtml, FeedImage image) {
        return new FeedEntry("https://akhbar.example/article/7", "https://akhbar.example/article/7/%D8%AE%D8%A8%D8%B1",
                TITLE, "ملخص الخبر", contentHtml, PUBLISHED, UPDATED, "سارة", "https://akhbar.example/author/sara",
                List.of("الاقتصاد", "ليبيا"), image);
    }

    private static Feed feed(FeedEntry... entries) {
        return new Feed("/section/%D8%A7", "أخبار - الاقتصاد", "آخر الأخبار", "https://akhbar.example/section/%D8%A7",
                UPDATED, "أخبار", "https://akhbar.example/logo.png", "https://akhbar.example/assets/icon.svg",
                List.of(entries));
    }

    private static final FeedImage IMAGE = new FeedImage("https://akhbar.example/media/k/2000.jpg", "image/jpeg",
            2000, 1000, 0, "الميناء");

    @Test
    void rssIsValidRss2WithEverythingAReaderNeeds() throws Exception {
        byte[] rss = formats.rss(feed(entry(BODY, IMAGE)));
        Channel channel = (Channel) new WireFeedInput().build(new InputSource(new ByteArrayInputStream(rss)));

        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isEqualTo("أخبار - الاقتصاد");
        assertThat(channel.getLink()).isEqualTo("https://akhbar.example/section/%D8%A7");
        assertThat(channel.getDescription()).isEqualTo("آخر الأخبار");
        assertThat(channel.getLanguage()).isEqualTo("ar");
        assertThat(channel.getLastBuildDate()).isEqualTo(Date.from(UPDATED));
        Item item = channel.getItems().getFirst();
        assertThat(item.getTitle()).as("control characters dropped, the rest as written").isEqualTo(TITLE.replace("\u0001", ""));
        assertThat(item.getLink()).isEqualTo("https://akhbar.example/article/7/%D8%AE%D8%A8%D8%B1");
        assertThat(item.getGuid().getValue()).isEqualTo("https://akhbar.example/article/7");
        assertThat(item.getPubDate()).isEqualTo(Date.from(PUBLISHED));
        assertThat(item.getDescription().getValue()).isEqualTo("ملخص الخبر");
        assertThat(item.getContent().getValue()).isEqualTo(BODY);
        assertThat(item.getCategories()).extracting(c -> c.getValue()).containsExactly("الاقتصاد", "ليبيا");
        assertThat(item.getEnclosures()).singleElement().satisfies(e -> {
            assertThat(e.getUrl()).isEqualTo(IMAGE.url());
            assertThat(e.getType()).isEqualTo("image/jpeg");
        });
        String text = new String(rss, StandardCharsets.UTF_8);
        assertThat(text).as("dates in the site's own offset").contains("<pubDate>Sun, 29 Nov 2026 09:30:00 +0300</pubDate>");
        assertThat(text).contains("<media:content url=\"https://akhbar.example/media/k/2000.jpg\" medium=\"image\"")
                .contains("<atom:link href=\"https://akhbar.example/section/%D8%A7/rss.xml\" rel=\"self\"")
                .contains("<dc:creator>سارة</dc:creator>");
    }

    @Test
    void rssWithExcerptsOnlyHasNoContent() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(formats.rss(feed(entry(null, null))))));
        SyndEntry entry = feed.getEntries().getFirst();
        assertThat(entry.getContents()).isEmpty();
        assertThat(entry.getDescription().getValue()).isEqualTo("ملخص الخبر");
        assertThat(entry.getEnclosures()).isEmpty();
        assertThat(feed.getLanguage()).isEqualTo("ar");
    }

    @Test
    void atomIsValidAtom1() throws Exception {
        byte[] atom = formats.atom(feed(entry(BODY, IMAGE)));
        com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(new InputSource(new ByteArrayInputStream(atom)));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("https://akhbar.example/section/%D8%A7/atom.xml");
        assertThat(feed.getTitle()).isEqualTo("أخبار - الاقتصاد");
        assertThat(feed.getUpdated()).isEqualTo(Date.from(UPDATED));
        assertThat(new String(atom, StandardCharsets.UTF_8)).as("Rome does not read xml:lang back")
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">");
        assertThat(feed.getAuthors()).singleElement().satisfies(a -> assertThat(a.getName()).isEqualTo("أخبار"));
        assertThat(feed.getOtherLinks()).anySatisfy(l -> {
            assertThat(l.getRel()).isEqualTo("self");
            assertThat(l.getHref()).isEqualTo("https://akhbar.example/section/%D8%A7/atom.xml");
        });
        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getId()).isEqualTo("https://akhbar.example/article/7");
        assertThat(entry.getTitle()).isEqualTo(TITLE.replace("\u0001", ""));
        assertThat(entry.getPublished()).isEqualTo(Date.from(PUBLISHED));
        assertThat(entry.getUpdated()).isEqualTo(Date.from(UPDATED));
        assertThat(entry.getAlternateLinks()).singleElement()
                .satisfies(l -> assertThat(l.getHref()).isEqualTo("https://akhbar.example/article/7/%D8%AE%D8%A8%D8%B1"));
        assertThat(entry.getContents()).singleElement().satisfies(c -> {
            assertThat(c.getType()).isEqualTo("html");
            assertThat(c.getValue()).isEqualTo(BODY);
        });
        assertThat(entry.getSummary().getValue()).isEqualTo("ملخص الخبر");
        assertThat(entry.getCategories()).extracting(c -> c.getTerm()).containsExactly("الاقتصاد", "ليبيا");
        assertThat(entry.getOtherLinks()).anySatisfy(l -> {
            assertThat(l.getRel()).isEqualTo("enclosure");
            assertThat(l.getHref()).isEqualTo(IMAGE.url());
        });
        assertThat(new String(atom, StandardCharsets.UTF_8)).contains("<published>2026-11-29T09:30:00+03:00</published>");
    }

    @Test
    void jsonFeedFollowsVersion11() {
        JsonNode json = JsonMapper.builder().build().readTree(formats.json(feed(entry(BODY, IMAGE), entry(null, null))));

        assertThat(json.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("title").asString()).isEqualTo("أخبار - الاقتصاد");
        assertThat(json.get("feed_url").asString()).isEqualTo("https://akhbar.example/section/%D8%A7/feed.json");
        assertThat(json.get("language").asString()).isEqualTo("ar");
        JsonNode full = json.get("items").get(0);
        assertThat(full.get("id").asString()).isEqualTo("https://akhbar.example/article/7");
        assertThat(full.get("title").asString()).isEqualTo(TITLE);
        assertThat(full.get("content_html").asString()).isEqualTo(BODY);
        assertThat(full.get("image").asString()).isEqualTo(IMAGE.url());
        assertThat(full.get("date_published").asString()).isEqualTo("2026-11-29T09:30:00+03:00");
        assertThat(full.get("date_modified").asString()).isEqualTo("2026-11-29T11:00:15+03:00");
        assertThat(full.get("authors").get(0).get("name").asString()).isEqualTo("سارة");
        JsonNode excerpt = json.get("items").get(1);
        assertThat(excerpt.has("content_html")).isFalse();
        assertThat(excerpt.get("content_text").asString()).isEqualTo("ملخص الخبر");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        SyndFeed rss = new SyndFeedInput().build(new StringReader(new String(formats.rss(feed()), StandardCharsets.UTF_8)));
        SyndFeed atom = new SyndFeedInput().build(new StringReader(new String(formats.atom(feed()), StandardCharsets.UTF_8)));
        assertThat(rss.getEntries()).isEmpty();
        assertThat(atom.getEntries()).isEmpty();
    }
}
