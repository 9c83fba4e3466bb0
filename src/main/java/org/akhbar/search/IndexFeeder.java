package org.akhbar.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.platform.BackgroundLoop;
import org.akhbar.platform.Change;
import org.akhbar.platform.ContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index in step with the database, on one thread of its own so that no writer
 * waits for the index: it hears article changes from the change log ({@link ContentChanged}, on every
 * node, whoever wrote), indexes or removes those articles in batches, makes them visible, and ranks
 * their related articles. At start it opens the index; a missing, half-built or unreadable one is
 * rebuilt from the database a chunk at a time while the site serves pages (and changes keep being
 * applied between chunks); otherwise it looks again at the articles changed since the index's last
 * commit, which covers what happened while the node was down.
 *
 * <p>Off in command-line jobs ({@code akhbar.changes.follow=false}): the site that runs beside
 * them follows their changes, and {@code reindex} opens the index itself.
 */
@Component
@ConditionalOnBooleanProperty(name = "akhbar.changes.follow", matchIfMissing = true)
class IndexFeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexFeeder.class);
    static final int CHUNK = 500;
    /** Clocks of several nodes differ a little; looking a while further back costs little. */
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(5);

    private final SearchIndex index;
    private final IndexUpdates updates;
    private final ArticleRepository articles;
    private final Clock clock;
    private final BackgroundLoop loop = new BackgroundLoop("search-index", Duration.ofSeconds(1), log,
            "Indexing articles failed; retrying");
    private final Set<Long> pending = new LinkedHashSet<>();
    private Instant pendingUntil;
    private volatile boolean idle;

    IndexFeeder(SearchIndex index, IndexUpdates updates, ArticleRepository articles, Clock clock) {
        this.index = index;
        this.updates = updates;
        this.articles = articles;
        this.clock = clock;
    }

    @EventListener
    void on(ContentChanged changed) {
        boolean any = false;
        synchronized (pending) {
            for (Change change : changed.changes()) {
                if (ArticleService.ENTITY.equals(change.entity())) {
                    pending.add(change.entityId());
                    if (pendingUntil == null || change.changedAt().isAfter(pendingUntil)) {
                        pendingUntil = change.changedAt();
                    }
                    any = true;
                }
            }
        }
        if (any) {
            idle = false;
            loop.wakeUp();
        }
    }

    /** Whether nothing is waiting to be indexed (tests and the benchmark wait for this). */
    boolean idle() {
        synchronized (pending) {
            return idle && pending.isEmpty();
        }
    }

    @Override
    public void start() {
        boolean rebuild;
        try {
            rebuild = index.open();
        } catch (RuntimeException e) {
            log.error("The search index cannot be opened; search is off on this node", e);
            return;
        }
        loop.start(rebuild ? this::rebuild : this::catchUp, this::applyPending);
    }

    private void rebuild() {
        log.info("Building the search index from the database");
        // Everything changed before the build started is in it: a restart catches up from here.
        Instant started = clock.instant();
        index.deleteAll();
        long after = 0;
        int done = 0;
        while (!loop.stopping()) {
            List<Long> chunk = guarded(after);
            if (chunk == null) {
                continue;
            }
            if (chunk.isEmpty()) {
                index.compact();
                updates.publish(started, true);
                log.info("Search index built: {} articles", done);
                return;
            }
            done += chunk.size();
            after = chunk.getLast();
            // Searches see each chunk as it lands; changes made meanwhile go in between chunks.
            updates.publish(null, false);
            applyPending();
        }
    }

    /** One chunk of the build; null when it failed and is to be tried again. */
    private List<Long> guarded(long after) {
        try {
            return updates.buildChunk(after, CHUNK);
        } catch (RuntimeException e) {
            log.warn("Building the search index failed; retrying", e);
            sleep();
            return null;
        }
    }

    private void catchUp() {
        Optional<Instant> until = index.changesUntil();
        if (until.isEmpty()) {
            return;
        }
        Instant since = until.get().minus(CATCH_UP_MARGIN);
        long after = 0;
        List<Long> ids;
        do {
            ids = articles.findIdsChangedSince(since, after, CHUNK);
            synchronized (pending) {
                pending.addAll(ids);
            }
            if (!ids.isEmpty()) {
                after = ids.getLast();
                idle = false;
            }
        } while (ids.size() == CHUNK);
    }

    private void applyPending() {
        List<Long> batch;
        Instant until;
        synchronized (pending) {
            if (pending.isEmpty()) {
                idle = true;
                return;
            }
            batch = new ArrayList<>(pending.stream().limit(CHUNK).toList());
            batch.forEach(pending::remove);
            until = pendingUntil;
        }
        try {
            List<Long> indexed = updates.apply(batch);
            updates.publish(until, false);
            updates.relate(indexed, true);
        } catch (RuntimeException e) {
            log.warn("Indexing articles {} failed; retrying", batch, e);
            synchronized (pending) {
                pending.addAll(batch);
            }
            sleep();
        }
        loop.wakeUp();
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
        index.close();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
