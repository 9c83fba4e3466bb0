package org.akhbar.feed.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.feed.SitemapFile;
import org.akhbar.feed.SitemapNotFoundException;
import org.akhbar.feed.Sitemaps;
import org.akhbar.platform.HttpCaching;
import org.akhbar.platform.LastChange;
import org.akhbar.site.SiteProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code robots.txt}, the sitemap index ({@code /sitemap.xml}) and the files it lists
 * ({@code /sitemaps/…}).
 *
 * <p>The index and {@code robots.txt} are small public pages for the page cache. The files are
 * not: a month of a large archive runs to megabytes, and a crawler walking hundreds of them would
 * push every reader page out of the page cache (which skips {@code /sitemaps/}). A file is written
 * straight to the response as the archive is read, and kept gzipped ({@link SitemapFileCache})
 * until content changes. Its validators come from the last content change, so a crawler or CDN
 * asking again before anything changed gets a 304 without a single query.
 */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemaps sitemaps;
    private final SiteProperties site;
    private final HttpCaching caching;
    private final LastChange lastChange;
    private final Clock clock;
    private final int perFile;
    private final SitemapFileCache files;

    SitemapController(Sitemaps sitemaps, SiteProperties site, HttpCaching caching, LastChange lastChange, Clock clock,
            @Value("${akhbar.sitemap.urls-per-file:50000}") int perFile, SitemapFileCache files) {
        this.files = files;
        this.sitemaps = sitemaps;
        this.site = site;
        this.caching = caching;
        this.lastChange = lastChange;
        this.clock = clock;
        this.perFile = perFile;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletResponse response) {
        String robots = """
                User-agent: *
                Disallow: /newsroom
                Disallow: /preview/
                Disallow: /section/*/more
                Disallow: /tag/*/more
                Disallow: /author/*/more

                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
        caching.publicPage(response, null);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(robots);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index(HttpServletResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8_192);
        sitemaps.writeIndex(out);
        caching.publicPage(response, lastChange.at());
        return ResponseEntity.ok().contentType(XML).body(out.toByteArray());
    }

    @GetMapping(SitemapFile.DIRECTORY + "{name}")
    void file(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
        SitemapFile file = SitemapFile.parse(name).orElseThrow(() -> new SitemapNotFoundException(name));
        Instant changed = lastChange.at();
        String etag = etag(file, changed);
        if (notModified(request, etag, changed)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            caching.publicPage(response, changed);
            return;
        }
        String key = etag;
        byte[] cached = files.get(key);
        if (cached != null) {
            headers(response, changed, etag);
            response.setHeader("X-Cache", "hit");
            send(cached, request, response);
            return;
        }
        // Headers only once the file is known to exist: a missing one gets the usual 404 page.
        SitemapFileCache.Recorder[] recorder = new SitemapFileCache.Recorder[1];
        long generation = files.generation();
        sitemaps.write(file, found -> {
            headers(response, changed, etag);
            response.setHeader("X-Cache", files.enabled() ? "miss" : "off");
            try {
                recorder[0] = files.record(key, response.getOutputStream(), generation);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return recorder[0];
        });
        try {
            recorder[0].keep();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void headers(HttpServletResponse response, Instant changed, String etag) {
        caching.publicPage(response, changed);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setContentType(XML.toString());
    }

    /** The kept gzip form as it is, or unpacked on the way for the rare client that takes no gzip. */
    private static void send(byte[] gzipped, HttpServletRequest request, HttpServletResponse response) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        try {
            if (accept != null && accept.contains("gzip")) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                response.setContentLength(gzipped.length);
                response.getOutputStream().write(gzipped);
            } else {
                try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                    unpacked.transferTo(response.getOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the file's content depends on: the last change, the site's address, the file size, and
     * for the news the hour (articles leave it after two days with no change of their own).
     */
    private String etag(SitemapFile file, Instant changed) {
        String basis = file.name() + '|' + (changed == null ? 0 : changed.toEpochMilli()) + '|' + site.url() + '|'
                + perFile + (file instanceof SitemapFile.News ? "|" + clock.instant().truncatedTo(ChronoUnit.HOURS) : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant changed) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String opaque = etag.substring(2);
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        if (changed == null) {
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && changed.toEpochMilli() / 1000 <= since / 1000;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
