package org.akhbar.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.feed.FeedEntry.FeedImage;
import org.akhbar.site.FeedPaths;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Feed} written as RSS 2.0, Atom 1.0 or JSON Feed 1.1. Dates carry the site's own offset
 * (RFC 822 in RSS, RFC 3339 elsewhere), the language is Arabic, and the featured image goes as an
 * RSS enclosure and Media RSS content, an Atom enclosure link, or a JSON Feed image.
 */
public final class FeedFormats {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
    private static final String LANGUAGE = "ar";
    private static final String GENERATOR = "Akhbar";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ZoneId zone;
    private final String siteUrl;

    /** @param siteUrl the site's public address without a trailing slash */
    public FeedFormats(ZoneId zone, String siteUrl) {
        this.zone = zone;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    private String rfc822(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }

    private String rfc3339(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }

    private String self(Feed feed, String format) {
        return siteUrl + feed.path() + format;
    }

    public byte[] rss(Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (XmlDocument xml = new XmlDocument(out)) {
            xml.start("rss").attribute("version", "2.0")
                    .namespace("atom", ATOM_NS).namespace("content", CONTENT_NS)
                    .namespace("dc", DC_NS).namespace("media", MEDIA_NS);
            xml.start("channel")
                    .element("title", feed.title())
                    .element("link", feed.homeUrl())
                    .element("description", feed.description())
                    .element("language", LANGUAGE)
                    .element("lastBuildDate", rfc822(feed.updated()))
                    .element("generator", GENERATOR)
                    .empty("atom:link", "href", self(feed, FeedPaths.RSS), "rel", "self", "type", FeedPaths.RSS_TYPE);
            if (feed.logo() != null) {
                xml.start("image").element("url", feed.logo()).element("title", feed.title())
                        .element("link", feed.homeUrl()).end();
            }
            for (FeedEntry entry : feed.entries()) {
                xml.start("item")
                        .element("title", entry.title())
                        .element("link", entry.url())
                        .start("guid").attribute("isPermaLink", "true").text(entry.id()).end()
                        .element("pubDate", rfc822(entry.published()));
                if (entry.summary() != null) {
                    xml.element("description", entry.summary());
                }
                if (entry.contentHtml() != null) {
                    xml.element("content:encoded", entry.contentHtml());
                }
                if (entry.authorName() != null) {
                    xml.element("dc:creator", entry.authorName());
                }
                for (String category : entry.categories()) {
                    xml.element("category", category);
                }
                FeedImage image = entry.image();
                if (image != null) {
                    xml.empty("enclosure", "url", image.url(), "length", Long.toString(image.length()),
                            "type", image.type());
                    xml.empty("media:content", "url", image.url(), "medium", "image", "type", image.type(),
                            "width", Integer.toString(image.width()), "height", Integer.toString(image.height()));
                }
                xml.end();
            }
        }
        return out.toByteArray();
    }

    public byte[] atom(Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (XmlDocument xml = new XmlDocument(out)) {
            xml.start("feed").namespace(null, ATOM_NS).attribute("xml:lang", LANGUAGE)
                    .element("id", self(feed, FeedPaths.ATOM))
                    .element("title", feed.title())
                    .element("subtitle", feed.description())
                    .element("updated", rfc3339(feed.updated()))
                    .empty("link", "rel", "alternate", "type", "text/html", "href", feed.homeUrl())
                    .empty("link", "rel", "self", "type", FeedPaths.ATOM_TYPE, "href", self(feed, FeedPaths.ATOM))
                    .start("author").element("name", feed.siteName()).element("uri", siteUrl + "/").end()
                    .element("generator", GENERATOR)
                    .element("icon", feed.icon());
            if (feed.logo() != null) {
                xml.element("logo", feed.logo());
            }
            for (FeedEntry entry : feed.entries()) {
                xml.start("entry")
                        .element("id", entry.id())
                        .element("title", entry.title())
                        .empty("link", "rel", "alternate", "type", "text/html", "href", entry.url())
                        .element("published", rfc3339(entry.published()))
                        .element("updated", rfc3339(entry.updated()));
                if (entry.authorName() != null) {
                    xml.start("author").element("name", entry.authorName());
                    if (entry.authorUrl() != null) {
                        xml.element("uri", entry.authorUrl());
                    }
                    xml.end();
                }
                for (String category : entry.categories()) {
                    xml.empty("category", "term", category);
                }
                if (entry.summary() != null) {
                    xml.start("summary").attribute("type", "text").text(entry.summary()).end();
                }
                if (entry.contentHtml() != null) {
                    xml.start("content").attribute("type", "html").text(entry.contentHtml()).end();
                }
                if (entry.image() != null) {
                    xml.empty("link", "rel", "enclosure", "type", entry.image().type(), "href", entry.image().url(),
                            "length", Long.toString(entry.image().length()));
                }
                xml.end();
            }
        }
        return out.toByteArray();
    }

    public byte[] json(Feed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", JSON_FEED_VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", feed.homeUrl());
        json.put("feed_url", self(feed, FeedPaths.JSON));
        json.put("description", feed.description());
        json.put("language", LANGUAGE);
        json.put("icon", feed.logo() != null ? feed.logo() : feed.icon());
        json.put("favicon", feed.icon());
        json.put("authors", List.of(Map.of("name", feed.siteName(), "url", siteUrl + "/")));
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("url", entry.url());
            item.put("title", entry.title());
            if (entry.contentHtml() != null) {
                item.put("content_html", entry.contentHtml());
            } else {
                item.put("content_text", entry.summary() == null ? entry.title() : entry.summary());
            }
            if (entry.summary() != null) {
                item.put("summary", entry.summary());
            }
            if (entry.image() != null) {
                item.put("image", entry.image().url());
            }
            item.put("date_published", rfc3339(entry.published()));
            item.put("date_modified", rfc3339(entry.updated()));
            if (entry.authorName() != null) {
                Map<String, Object> author = new LinkedHashMap<>();
                author.put("name", entry.authorName());
                if (entry.authorUrl() != null) {
                    author.put("url", entry.authorUrl());
                }
                item.put("authors", List.of(author));
            }
            if (!entry.categories().isEmpty()) {
                item.put("tags", entry.categories());
            }
            item.put("language", LANGUAGE);
            items.add(item);
        }
        json.put("items", items);
        return JSON.writeValueAsBytes(json);
    }
}
