package org.akhbar.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Weigher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the caches that follow the change log: rendered pages, and the fragments pages are built
 * from. Any change readers can see empties them all (a draft's autosave does not). One edit can touch the home page, several section,
 * tag and author pages and every article that links to or relates to the edited one, while
 * rebuilding is cheap; precise invalidation would buy little and risk stale pages.
 *
 * <p>Entries also expire after a while, each after a slightly different time so that a busy node
 * never has all of them expire at once. Time alone changes what readers see in two ways: today's
 * date in the header (pages live a minute, {@code akhbar.cache.pages.time-to-live}) and an article
 * whose scheduled time comes ({@link #expireAll} at that moment). Fragments live ten minutes
 * ({@code akhbar.cache.time-to-live}), a safety net rather than a rule.
 */
@Component
public class ContentCaches {

    private final boolean dataEnabled;
    private final Duration timeToLive;
    private final List<ContentCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    ContentCaches(@Value("${akhbar.cache.data.enabled:true}") boolean dataEnabled,
            @Value("${akhbar.cache.time-to-live:10m}") Duration timeToLive) {
        this.dataEnabled = dataEnabled;
        this.timeToLive = timeToLive;
    }

    /** A cache of page fragments or data, switched by {@code akhbar.cache.data.enabled}. */
    public <K, V> ContentCache<K, V> create(long maximumWeight, Weigher<? super K, ? super V> weigher) {
        return create(dataEnabled, timeToLive, maximumWeight, weigher);
    }

    /** A cache with its own switch and lifetime. */
    public <K, V> ContentCache<K, V> create(boolean enabled, Duration lifetime, long maximumWeight,
            Weigher<? super K, ? super V> weigher) {
        ContentCache<K, V> cache = new ContentCache<>(Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .weigher(weigher)
                .expireAfter(new Jittered<K, V>(lifetime))
                .build(), enabled);
        caches.add(cache);
        return cache;
    }

    /** Empties every cache: content has become visible (or hidden) by time alone. */
    public void expireAll() {
        caches.forEach(ContentCache::invalidateAll);
    }

    @EventListener
    void on(ContentChanged changed) {
        if (changed.seenByReaders()) {
            expireAll();
        }
    }

    /** Entries live between 80% and 100% of the lifetime, spread at random. */
    private record Jittered<K, V>(Duration lifetime) implements Expiry<K, V> {

        @Override
        public long expireAfterCreate(K key, V value, long currentTime) {
            long nanos = lifetime.toNanos();
            return nanos - ThreadLocalRandom.current().nextLong(nanos / 5 + 1);
        }

        @Override
        public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
