package org.akhbar.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.ContentCache;
import org.akhbar.platform.ContentCaches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves reader pages from this node's page cache before any controller runs, and gives every public
 * page an ETag with 304 answers to conditional requests, cached or not.
 *
 * <p>A response takes part only if its controller declared it public (see
 * {@code HttpCaching.publicPage}) and it is a 200 without cookies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCacheFilter extends OncePerRequestFilter {

    private final ContentCache<String, CachedPage> cache;

    PageCacheFilter(ContentCaches caches, @Value("${akhbar.cache.pages.enabled:true}") boolean enabled,
            @Value("${akhbar.cache.pages.time-to-live:60s}") Duration lifetime,
            @Value("${akhbar.cache.pages.max-size:64MB}") DataSize maxSize) {
        this.cache = caches.create(enabled, lifetime, maxSize.toBytes(),
                (String key, CachedPage page) -> key.length() * 2 + page.weight());
    }

    /**
     * Media files are not pages: they never change, browsers and CDNs keep them for a year, and
     * holding megabytes of them here would only crowd the pages out (and drop their own headers).
     * Sitemap files ({@code /sitemaps/}) are left out for the same reason: a month of a large
     * archive runs to megabytes, is streamed as it is read, and answers conditional requests itself.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/media/") || uri.startsWith("/sitemaps/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = keyOf(request);
        CachedPage cached = cache.getIfPresent(key);
        if (cached != null) {
            response.setHeader("X-Cache", "hit");
            send(cached, request, response);
            return;
        }
        if (head) {
            // The container drops a HEAD response's body before this filter could see it: nothing to keep.
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String cacheControl = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || cacheControl == null
                || !cacheControl.startsWith("public") || wrapper.getHeader(HttpHeaders.SET_COOKIE) != null) {
            wrapper.copyBodyToResponse();
            return;
        }
        CachedPage page = new CachedPage(wrapper.getContentAsByteArray(), wrapper.getContentType(),
                wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE), cacheControl,
                epochMillis(wrapper.getHeader(HttpHeaders.LAST_MODIFIED)));
        cache.put(key, page, generation);
        response.setHeader("X-Cache", cache.enabled() ? "miss" : "off");
        send(page, request, response);
    }

    private static long epochMillis(String httpDate) {
        if (httpDate == null) {
            return 0;
        }
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    }

    private static String keyOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (page.lastModified() > 0) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        }
        boolean gzip = page.compressible() && acceptsGzip(request);
        // The gzip form is another representation of the same page: a weak validator of the same hash.
        response.setHeader(HttpHeaders.ETAG, gzip ? "W/" + page.etag() : page.etag());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(page.etag())) {
                    return true;
                }
            }
            return false;
        }
        if (page.lastModified() <= 0) {
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() / 1000 <= since / 1000;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.contains("gzip");
    }
}
