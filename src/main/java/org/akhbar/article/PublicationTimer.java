package org.akhbar.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.akhbar.platform.ContentCaches;
import org.akhbar.platform.ContentChanged;
import org.akhbar.platform.LastChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An article scheduled for later is public as soon as its time comes; nothing has to be written
 * then. But caches built before that moment do not show it, so this node empties them at that
 * very moment rather than waiting for them to expire.
 */
@Component
@ConditionalOnWebApplication
class PublicationTimer {

    private static final Logger log = LoggerFactory.getLogger(PublicationTimer.class);

    private final ArticleRepository articles;
    private final ContentCaches caches;
    private final LastChange lastChange;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("publication-timer").daemon().factory());
    private ScheduledFuture<?> next;

    PublicationTimer(ArticleRepository articles, ContentCaches caches, LastChange lastChange, Clock clock) {
        this.articles = articles;
        this.caches = caches;
        this.lastChange = lastChange;
        this.clock = clock;
    }

    @EventListener({ApplicationReadyEvent.class, ContentChanged.class})
    synchronized void plan() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        try {
            articles.findNextPublicationAfter(clock.instant()).ifPresent(at -> next = timer.schedule(
                    () -> publishedByTime(at), Duration.between(clock.instant(), at).toMillis(), TimeUnit.MILLISECONDS));
        } catch (RuntimeException e) {
            log.warn("Could not plan the next scheduled publication; caches will catch up when they expire", e);
        }
    }

    private void publishedByTime(Instant at) {
        caches.expireAll();
        lastChange.advance(at);
        plan();
    }
}
