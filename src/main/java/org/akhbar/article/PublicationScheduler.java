package org.akhbar.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.ContentChanged;
import org.akhbar.platform.DatabaseLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled articles when their time comes, with no reader traffic needed: a timer set
 * for the next one due, a poll every {@code akhbar.publishing.poll-interval} for schedules made
 * on other nodes, and a run at start for anything overdue.
 *
 * <p>Each run holds a database lock and moves each due article from scheduled to published only if
 * it is still scheduled, so with several nodes on one PostgreSQL an article is published exactly
 * once. Publishing writes to the change log like any edit, so every node's caches follow.
 * Command-line jobs do not publish ({@code akhbar.publishing.enabled=false} in their profile).
 */
@Component
@ConditionalOnBooleanProperty(name = "akhbar.publishing.enabled", matchIfMissing = true)
class PublicationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);
    static final String LOCK = "publish-scheduled";
    private static final int BATCH = 100;

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ChangeLog changeLog;
    private final DatabaseLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration pollInterval;
    private volatile ScheduledExecutorService timer;
    private volatile boolean running;
    private ScheduledFuture<?> next;

    PublicationScheduler(ArticleRepository articles, RevisionRepository revisions, ChangeLog changeLog,
            DatabaseLocks locks, TransactionTemplate transactions, Clock clock,
            @Value("${akhbar.publishing.poll-interval:30s}") Duration pollInterval) {
        this.articles = articles;
        this.revisions = revisions;
        this.changeLog = changeLog;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        // Made at each start: a context may be stopped and started again (tests pause theirs).
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("publication-scheduler").daemon().factory());
        running = true;
        timer.scheduleWithFixedDelay(this::runSafely, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        timer.shutdownNow();
        next = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** At start, overdue articles come out at once. */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (running) {
            timer.execute(this::runSafely);
        }
    }

    /** A schedule made or changed anywhere: the timer is set again for the next one due. */
    @EventListener
    void on(ContentChanged changed) {
        if (running && changed.changes().stream().anyMatch(c -> c.entity().equals(ArticleService.ENTITY))) {
            timer.execute(this::plan);
        }
    }

    private void runSafely() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            log.warn("Publishing scheduled articles failed; trying again at the next poll", e);
        }
        plan();
    }

    /** Sets the timer for the next scheduled article (timer thread only). */
    private void plan() {
        if (!running) {
            return;
        }
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        try {
            articles.findNextScheduled().ifPresent(at -> next = timer.schedule(this::runSafely,
                    Math.max(0, Duration.between(clock.instant(), at).toMillis()), TimeUnit.MILLISECONDS));
        } catch (RuntimeException e) {
            log.warn("Could not plan the next scheduled publication; the poll will catch it", e);
        }
    }

    /** Publishes every scheduled article whose time has come; returns how many this node published. */
    int publishDue() {
        int published = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> publishBatch());
            published += batch.published();
        } while (batch.more());
        if (published > 0) {
            log.info("Published {} scheduled article(s)", published);
        }
        return published;
    }

    private record Batch(int published, boolean more) {
    }

    private Batch publishBatch() {
        if (!locks.tryLock(LOCK)) {
            return new Batch(0, false);   // another node is publishing them
        }
        Instant now = clock.instant();
        List<Long> due = articles.findDue(now, BATCH);
        int published = 0;
        for (long id : due) {
            Instant at = articles.findState(id).orElseThrow().publishedAt();
            // Only if still scheduled: whoever moved it first (a node, an editor) wins, once.
            if (articles.changeStatus(id, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED, at, now)) {
                revisions.record(RevisionRepository.Snapshot.of(articles.findById(id).orElseThrow()),
                        RevisionKind.WORKFLOW, null, now);
                changeLog.append(ArticleService.ENTITY, id, ArticleStatus.PUBLISHED.code());
                published++;
            }
        }
        return new Batch(published, due.size() == BATCH);
    }
}
