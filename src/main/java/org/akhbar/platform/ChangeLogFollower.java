package org.akhbar.platform;

import static org.akhbar.schema.Tables.CHANGE_LOG;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the change log and publishes {@link ContentChanged} on this node for every change,
 * whichever node committed it.
 *
 * <p>On PostgreSQL, identities are handed out before commit, so a change with a smaller id may
 * become visible after one with a larger id. The follower therefore remembers the ids it skipped
 * and keeps asking for them for {@link #GAP_PATIENCE}; a gap still empty after that belongs to a
 * rolled-back transaction.
 */
@Component
@ConditionalOnBooleanProperty(name = "akhbar.changes.follow", matchIfMissing = true)
public class ChangeLogFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogFollower.class);
    static final Duration GAP_PATIENCE = Duration.ofMinutes(1);
    private static final int BATCH = 500;
    private static final int MAX_GAPS = 10_000;

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BackgroundLoop loop;
    private final Map<Long, Instant> gaps = new TreeMap<>();
    /** Changes this node's own writers have announced already (see {@link ChangeLog}). */
    private final Set<Long> announcedHere = ConcurrentHashMap.newKeySet();
    private long lastSeen;

    ChangeLogFollower(DSLContext db, ApplicationEventPublisher events, Clock clock,
            @Value("${akhbar.changes.poll-interval:500ms}") Duration interval) {
        this.db = db;
        this.events = events;
        this.clock = clock;
        this.loop = new BackgroundLoop("change-log-follower", interval, log, "Following the change log failed; retrying");
    }

    /** Changes committed on this node and announced here at commit: not to be announced twice. */
    void announcedHere(Collection<Long> ids) {
        if (loop.isRunning()) {
            announcedHere.addAll(ids);
        }
    }

    /** Reads what was committed since the last poll and publishes it; returns how many changes. */
    public synchronized int poll() {
        List<Change> changes = db.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.ID.gt(lastSeen).or(CHANGE_LOG.ID.in(gaps.keySet())))
                .orderBy(CHANGE_LOG.ID)
                .limit(BATCH)
                .fetch(r -> new Change(r.getId(), r.getEntity(), r.getEntityId(), r.getAction(), r.getChangedAt()));
        Instant now = clock.instant();
        List<Change> fresh = new ArrayList<>(changes.size());
        for (Change change : changes) {
            if (gaps.remove(change.id()) != null) {
                fresh.add(change);
                continue;
            }
            for (long missing = lastSeen + 1; missing < change.id() && gaps.size() < MAX_GAPS; missing++) {
                gaps.put(missing, now.plus(GAP_PATIENCE));
            }
            lastSeen = Math.max(lastSeen, change.id());
            fresh.add(change);
        }
        gaps.values().removeIf(deadline -> deadline.isBefore(now));
        fresh.removeIf(change -> announcedHere.remove(change.id()));
        // An id announced after this follower had already read it stays behind: keep that bounded.
        announcedHere.removeIf(id -> id <= lastSeen - BATCH);
        if (!fresh.isEmpty()) {
            events.publishEvent(new ContentChanged(List.copyOf(fresh)));
        }
        return fresh.size();
    }

    @Override
    public synchronized void start() {
        // Caches start empty, so history before this node started concerns nobody here.
        Long max = db.select(DSL.max(CHANGE_LOG.ID)).from(CHANGE_LOG).fetchOne(0, Long.class);
        lastSeen = max == null ? 0 : max;
        loop.start(() -> {
            while (poll() == BATCH) {
                // a burst (an import on another node): keep reading until caught up
            }
        });
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
