package org.akhbar.platform.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.akhbar.platform.ContentChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rendered reader pages of this node, keyed by path and query.
 *
 * <p>Any content change empties it: one edit can touch the home page, several section, tag and
 * author pages and every article that links to or relates to the edited one, and pages re-render
 * in about a millisecond. The generation counter stops a page rendered before a change from being
 * stored after it.
 */
@Component
class PageCache {

    private final boolean enabled;
    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();

    PageCache(@Value("${akhbar.cache.pages.enabled:true}") boolean enabled,
            @Value("${akhbar.cache.pages.max-size:64MB}") org.springframework.util.unit.DataSize maxSize,
            @Value("${akhbar.cache.pages.time-to-live:60s}") Duration timeToLive) {
        this.enabled = enabled;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .<String, CachedPage>weigher((key, page) -> key.length() * 2 + page.weight())
                .expireAfterWrite(timeToLive)
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    CachedPage get(String key) {
        return enabled ? pages.getIfPresent(key) : null;
    }

    long generation() {
        return generation.get();
    }

    /** Stores the page unless content changed since {@code renderedAtGeneration}. */
    void put(String key, CachedPage page, long renderedAtGeneration) {
        if (enabled && generation.get() == renderedAtGeneration) {
            pages.put(key, page);
            if (generation.get() != renderedAtGeneration) {
                pages.invalidate(key);
            }
        }
    }

    @EventListener
    void on(ContentChanged changed) {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
