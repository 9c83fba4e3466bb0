package org.akhbar.platform;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How reader pages may be cached by browsers and CDNs. A controller that calls {@link #publicPage}
 * also opts its response into this node's page cache and into ETag/304 handling.
 */
@Component
public class HttpCaching {

    private final String cacheControl;

    HttpCaching(@Value("${akhbar.http.max-age:60s}") Duration maxAge,
            @Value("${akhbar.http.stale-while-revalidate:10m}") Duration staleWhileRevalidate) {
        this.cacheControl = "public, max-age=" + maxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }

    /** Marks the response as a public reader page last changed at {@code lastModified} (may be null). */
    public void publicPage(HttpServletResponse response, Instant lastModified) {
        response.setHeader("Cache-Control", cacheControl);
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
    }
}
