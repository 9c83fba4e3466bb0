package org.akhbar.feed.web;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.feed.Feed;
import org.akhbar.feed.FeedFormats;
import org.akhbar.feed.Feeds;
import org.akhbar.platform.HttpCaching;
import org.akhbar.platform.LastChange;
import org.akhbar.site.FeedPaths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feeds: RSS and Atom of the site ({@code /rss.xml}, {@code /atom.xml}) and of each list
 * ({@code /section/SLUG/rss.xml} …), JSON Feed of the site ({@code /feed.json}). They are public
 * pages for the page cache: kept until content changes, with ETag and 304 answers, gzipped.
 */
@Controller
class FeedController {

    private static final String LIST = "/{kind:section|tag|author}/{slug}";
    private static final MediaType RSS = MediaType.parseMediaType(FeedPaths.RSS_TYPE + ";charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType(FeedPaths.ATOM_TYPE + ";charset=UTF-8");
    private static final MediaType JSON = MediaType.parseMediaType(FeedPaths.JSON_TYPE + ";charset=UTF-8");

    private final Feeds feeds;
    private final HttpCaching caching;
    private final LastChange lastChange;

    FeedController(Feeds feeds, HttpCaching caching, LastChange lastChange) {
        this.feeds = feeds;
        this.caching = caching;
        this.lastChange = lastChange;
    }

    @GetMapping(FeedPaths.RSS)
    ResponseEntity<byte[]> siteRss(HttpServletResponse response) {
        Feed feed = feeds.feed(feeds.site());
        return answer(response, RSS, feeds.formats().rss(feed));
    }

    @GetMapping(FeedPaths.ATOM)
    ResponseEntity<byte[]> siteAtom(HttpServletResponse response) {
        Feed feed = feeds.feed(feeds.site());
        return answer(response, ATOM, feeds.formats().atom(feed));
    }

    @GetMapping(FeedPaths.JSON)
    ResponseEntity<byte[]> siteJson(HttpServletResponse response) {
        Feed feed = feeds.feed(feeds.site());
        return answer(response, JSON, feeds.formats().json(feed));
    }

    @GetMapping(LIST + FeedPaths.RSS)
    ResponseEntity<byte[]> listRss(@PathVariable String kind, @PathVariable String slug, HttpServletResponse response) {
        Feed feed = feeds.feed(feeds.list(kind, slug));
        return answer(response, RSS, feeds.formats().rss(feed));
    }

    @GetMapping(LIST + FeedPaths.ATOM)
    ResponseEntity<byte[]> listAtom(@PathVariable String kind, @PathVariable String slug, HttpServletResponse response) {
        Feed feed = feeds.feed(feeds.list(kind, slug));
        return answer(response, ATOM, feeds.formats().atom(feed));
    }

    private ResponseEntity<byte[]> answer(HttpServletResponse response, MediaType type, byte[] body) {
        caching.publicPage(response, lastChange.at());
        return ResponseEntity.ok().contentType(type).body(body);
    }
}
