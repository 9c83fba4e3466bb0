package org.akhbar.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * A cache of something derived from content, emptied whenever content changes on any node (see
 * {@link ContentCaches}). A value computed while a change arrives is handed out but not kept, so
 * a cache never holds what was read before the latest change it was told of.
 */
public final class ContentCache<K, V> {

    private final Cache<K, V> entries;
    private final boolean enabled;
    private final AtomicLong generation = new AtomicLong();

    ContentCache(Cache<K, V> entries, boolean enabled) {
        this.entries = entries;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The cached value, or null. */
    public V getIfPresent(K key) {
        return enabled ? entries.getIfPresent(key) : null;
    }

    /** The current generation: take it before computing a value, give it to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps the value unless content changed since {@code computedAtGeneration}. */
    public void put(K key, V value, long computedAtGeneration) {
        if (enabled && generation.get() == computedAtGeneration) {
            entries.put(key, value);
            if (generation.get() != computedAtGeneration) {
                entries.invalidate(key);
            }
        }
    }

    /** The cached value, or the loader's, which is then kept. The loader must not return null. */
    public V get(K key, Function<K, V> loader) {
        V value = getIfPresent(key);
        if (value == null) {
            long before = generation();
            value = loader.apply(key);
            put(key, value, before);
        }
        return value;
    }

    /** Values for all keys: the cached ones, and the missing ones loaded together in one call. */
    public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> loader) {
        Map<K, V> found = new HashMap<>();
        Set<K> missing = new HashSet<>();
        for (K key : keys) {
            V value = getIfPresent(key);
            if (value == null) {
                missing.add(key);
            } else {
                found.put(key, value);
            }
        }
        if (!missing.isEmpty()) {
            long before = generation();
            Map<K, V> loaded = loader.apply(missing);
            loaded.forEach((key, value) -> put(key, value, before));
            found.putAll(loaded);
        }
        return found;
    }

    void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
