package org.akhbar.comment;

import static org.akhbar.schema.Tables.ARTICLE_COMMENT;
import static org.akhbar.schema.Tables.COMMENT_RATE;
import static org.akhbar.schema.Tables.COMMENT_SECRET;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.akhbar.platform.Cursor;
import org.akhbar.platform.Slice;
import org.akhbar.schema.tables.records.ArticleCommentRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All SQL about comments, their rate counters and the key that signs the comment form. */
@Repository
public class CommentRepository {

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    /** A comment ready to store; {@code fingerprint} null for imports (no duplicate check). */
    record Row(long articleId, Long parentId, CommentStatus status, String authorName, String authorEmail,
            String body, String spamReason, String fingerprint, String externalId, Instant createdAt) {
    }

    /**
     * Stores the comment unless one with the same fingerprint (or external id) is already stored:
     * then nothing is written and the answer is empty. The unique keys decide, so two nodes posting
     * the same comment at the same instant store it once. The new id is read back by that key, not
     * from {@code RETURNING}: on SQLite a conflicting insert would hand back another row's id.
     */
    Optional<Long> insert(Row comment, Instant now) {
        var insert = db.insertInto(ARTICLE_COMMENT)
                .set(ARTICLE_COMMENT.ARTICLE_ID, comment.articleId())
                .set(ARTICLE_COMMENT.PARENT_ID, comment.parentId())
                .set(ARTICLE_COMMENT.STATUS, comment.status().code())
                .set(ARTICLE_COMMENT.AUTHOR_NAME, comment.authorName())
                .set(ARTICLE_COMMENT.AUTHOR_EMAIL, comment.authorEmail())
                .set(ARTICLE_COMMENT.BODY, comment.body())
                .set(ARTICLE_COMMENT.SPAM_REASON, comment.spamReason())
                .set(ARTICLE_COMMENT.FINGERPRINT, comment.fingerprint())
                .set(ARTICLE_COMMENT.EXTERNAL_ID, comment.externalId())
                .set(ARTICLE_COMMENT.CREATED_AT, comment.createdAt())
                .set(ARTICLE_COMMENT.UPDATED_AT, now);
        if (comment.fingerprint() == null && comment.externalId() == null) {
            return Optional.of(insert.returning(ARTICLE_COMMENT.ID).fetchSingle(ARTICLE_COMMENT.ID));
        }
        if (insert.onConflictDoNothing().execute() == 0) {
            return Optional.empty();
        }
        return db.select(ARTICLE_COMMENT.ID).from(ARTICLE_COMMENT)
                .where(comment.fingerprint() != null ? ARTICLE_COMMENT.FINGERPRINT.eq(comment.fingerprint())
                        : ARTICLE_COMMENT.EXTERNAL_ID.eq(comment.externalId()))
                .fetchOptional(ARTICLE_COMMENT.ID);
    }

    /** Ids per lookup: well under SQLite's limit of bound values. */
    private static final int IDS_PER_SELECT = 500;

    /**
     * Stores imported comments (each with its external id), as one batch of one prepared statement;
     * one whose external id is stored already is left as it is. Answers the ids by external id.
     */
    Map<String, Long> insertImported(List<Row> rows, Instant now) {
        BatchBindStep insert = db.batch(db.insertInto(ARTICLE_COMMENT, ARTICLE_COMMENT.ARTICLE_ID,
                        ARTICLE_COMMENT.PARENT_ID, ARTICLE_COMMENT.STATUS, ARTICLE_COMMENT.AUTHOR_NAME,
                        ARTICLE_COMMENT.AUTHOR_EMAIL, ARTICLE_COMMENT.BODY, ARTICLE_COMMENT.EXTERNAL_ID,
                        ARTICLE_COMMENT.CREATED_AT, ARTICLE_COMMENT.UPDATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null)
                .onConflictDoNothing());
        for (Row row : rows) {
            insert = insert.bind(row.articleId(), row.parentId(), row.status().code(), row.authorName(),
                    row.authorEmail(), row.body(), row.externalId(), row.createdAt(), now);
        }
        insert.execute();
        Map<String, Long> ids = new HashMap<>();
        findByExternalIds(rows.stream().map(Row::externalId).toList()).forEach((externalId, known) -> ids.put(externalId, known.id()));
        return ids;
    }

    /** Makes imported comments (by external id) replies to these comments (by id). */
    void setParents(Map<String, Long> parentByExternalId) {
        if (parentByExternalId.isEmpty()) {
            return;
        }
        BatchBindStep update = db.batch(db.update(ARTICLE_COMMENT).set(ARTICLE_COMMENT.PARENT_ID, (Long) null)
                .where(ARTICLE_COMMENT.EXTERNAL_ID.eq((String) null)));
        for (Map.Entry<String, Long> entry : parentByExternalId.entrySet()) {
            update = update.bind(entry.getValue(), entry.getKey());
        }
        update.execute();
    }

    /** A stored comment's id and article, as an import finds it by its external id. */
    record Known(long id, long articleId) {
    }

    Map<String, Known> findByExternalIds(Collection<String> externalIds) {
        Map<String, Known> found = new HashMap<>();
        List<String> all = List.copyOf(externalIds);
        for (int from = 0; from < all.size(); from += IDS_PER_SELECT) {
            db.select(ARTICLE_COMMENT.EXTERNAL_ID, ARTICLE_COMMENT.ID, ARTICLE_COMMENT.ARTICLE_ID).from(ARTICLE_COMMENT)
                    .where(ARTICLE_COMMENT.EXTERNAL_ID.in(all.subList(from, Math.min(all.size(), from + IDS_PER_SELECT))))
                    .forEach(r -> found.put(r.value1(), new Known(r.value2(), r.value3())));
        }
        return found;
    }

    public Optional<Comment> findById(long id) {
        return db.selectFrom(ARTICLE_COMMENT).where(ARTICLE_COMMENT.ID.eq(id)).fetchOptional(CommentRepository::toComment);
    }

    public Optional<Long> findIdByExternalId(String externalId) {
        return db.select(ARTICLE_COMMENT.ID).from(ARTICLE_COMMENT).where(ARTICLE_COMMENT.EXTERNAL_ID.eq(externalId))
                .fetchOptional(ARTICLE_COMMENT.ID);
    }

    /** The approved comments under an article, oldest first: its thread. */
    List<Comment> findApproved(long articleId) {
        return db.selectFrom(ARTICLE_COMMENT)
                .where(ARTICLE_COMMENT.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_COMMENT.STATUS.eq(CommentStatus.APPROVED.code()))
                .orderBy(ARTICLE_COMMENT.CREATED_AT, ARTICLE_COMMENT.ID)
                .fetch(CommentRepository::toComment);
    }

    /** Whether a comment with this email was ever approved. */
    boolean hasApproved(String email) {
        return db.fetchExists(ARTICLE_COMMENT, ARTICLE_COMMENT.AUTHOR_EMAIL.eq(email)
                .and(ARTICLE_COMMENT.STATUS.eq(CommentStatus.APPROVED.code())));
    }

    /** What the moderation queue shows: one status, optionally one article and some words. */
    public record QueueFilter(CommentStatus status, Long articleId, String contains) {
    }

    /** The queue newest first, a page at a time after {@code after} (null: from the newest). */
    public Slice<Comment> queue(QueueFilter filter, Cursor after, int limit) {
        Condition condition = ARTICLE_COMMENT.STATUS.eq(filter.status().code());
        if (filter.articleId() != null) {
            condition = condition.and(ARTICLE_COMMENT.ARTICLE_ID.eq(filter.articleId()));
        }
        if (filter.contains() != null && !filter.contains().isBlank()) {
            String words = filter.contains().strip();
            condition = condition.and(ARTICLE_COMMENT.BODY.containsIgnoreCase(words)
                    .or(ARTICLE_COMMENT.AUTHOR_NAME.containsIgnoreCase(words))
                    .or(ARTICLE_COMMENT.AUTHOR_EMAIL.containsIgnoreCase(words)));
        }
        if (after != null) {
            condition = condition.and(ARTICLE_COMMENT.CREATED_AT.le(after.at()))
                    .and(ARTICLE_COMMENT.CREATED_AT.lt(after.at()).or(ARTICLE_COMMENT.ID.lt(after.id())));
        }
        List<Comment> rows = db.selectFrom(ARTICLE_COMMENT).where(condition)
                .orderBy(ARTICLE_COMMENT.CREATED_AT.desc(), ARTICLE_COMMENT.ID.desc())
                .limit(limit + 1)
                .fetch(CommentRepository::toComment);
        if (rows.size() <= limit) {
            return new Slice<>(rows, Optional.empty());
        }
        List<Comment> items = List.copyOf(rows.subList(0, limit));
        return new Slice<>(items, Optional.of(new Cursor(items.getLast().createdAt(), items.getLast().id())));
    }

    /** How many comments stand in each status (of one article, or of all when null). */
    public Map<CommentStatus, Integer> countByStatus(Long articleId) {
        Map<CommentStatus, Integer> counts = new EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0);
        }
        Condition condition = articleId == null ? DSL.noCondition() : ARTICLE_COMMENT.ARTICLE_ID.eq(articleId);
        db.select(ARTICLE_COMMENT.STATUS, DSL.count()).from(ARTICLE_COMMENT).where(condition)
                .groupBy(ARTICLE_COMMENT.STATUS)
                .forEach(r -> CommentStatus.parse(r.value1()).ifPresent(s -> counts.put(s, r.value2())));
        return counts;
    }

    /** These comments as they stand, for a moderation action to know what it changes. */
    List<Comment> findAll(Collection<Long> ids) {
        return db.selectFrom(ARTICLE_COMMENT).where(ARTICLE_COMMENT.ID.in(ids)).orderBy(ARTICLE_COMMENT.ID)
                .fetch(CommentRepository::toComment);
    }

    /** Every comment of these articles, of any status, in id order (a reply after what it answers): for export. */
    public List<Comment> findByArticles(Collection<Long> articleIds) {
        return db.selectFrom(ARTICLE_COMMENT).where(ARTICLE_COMMENT.ARTICLE_ID.in(articleIds)).orderBy(ARTICLE_COMMENT.ID)
                .fetch(CommentRepository::toComment);
    }

    void setStatus(Collection<Long> ids, CommentStatus status, Instant now) {
        db.update(ARTICLE_COMMENT)
                .set(ARTICLE_COMMENT.STATUS, status.code())
                .set(ARTICLE_COMMENT.SPAM_REASON, status == CommentStatus.SPAM ? ARTICLE_COMMENT.SPAM_REASON : DSL.inline((String) null))
                .set(ARTICLE_COMMENT.UPDATED_AT, now)
                .where(ARTICLE_COMMENT.ID.in(ids))
                .execute();
    }

    void updateBody(long id, String body, Instant now) {
        db.update(ARTICLE_COMMENT).set(ARTICLE_COMMENT.BODY, body).set(ARTICLE_COMMENT.UPDATED_AT, now)
                .where(ARTICLE_COMMENT.ID.eq(id)).execute();
    }

    /** Every comment written with this email (their articles, for the change log). */
    List<Comment> findByEmail(String email) {
        return db.selectFrom(ARTICLE_COMMENT).where(ARTICLE_COMMENT.AUTHOR_EMAIL.eq(email))
                .fetch(CommentRepository::toComment);
    }

    /** Deletes every comment written with this email; replies others wrote to them stay, unattached. */
    int deleteByEmail(String email) {
        return db.deleteFrom(ARTICLE_COMMENT).where(ARTICLE_COMMENT.AUTHOR_EMAIL.eq(email)).execute();
    }

    // ---- rate counters ---------------------------------------------------------------------------

    /**
     * Counts one attempt for the subject and answers how many it made in its current window: a
     * window that began after {@code windowStart} goes on, an older one starts again at one. One
     * upsert, so concurrent attempts on any number of nodes are each counted once; on PostgreSQL it
     * answers the count itself (the row is locked only for that statement, which matters when a
     * flood makes one address's row hot). That statement commits without waiting for the disk
     * ({@code synchronous_commit} off for it alone): the row lock is held until commit, and a flood
     * queues on it, so waiting for each fsync would turn a thousand posts into a thousand disk
     * flushes in a row; a crash may forget the last few counts, which a rate limit can afford.
     * SQLite's upsert gives nothing back through jOOQ, so there it is read in the same transaction
     * (SQLite writes one transaction at a time anyway).
     */
    @Transactional
    int hit(String subject, Instant windowStart, Instant now) {
        var current = COMMENT_RATE.WINDOW_START_AT.gt(windowStart);
        var upsert = db.insertInto(COMMENT_RATE)
                .set(COMMENT_RATE.SUBJECT, subject)
                .set(COMMENT_RATE.HITS, 1)
                .set(COMMENT_RATE.WINDOW_START_AT, now)
                .onConflict(COMMENT_RATE.SUBJECT)
                .doUpdate()
                .set(COMMENT_RATE.HITS, DSL.when(current, COMMENT_RATE.HITS.plus(1)).otherwise(DSL.inline(1)))
                .set(COMMENT_RATE.WINDOW_START_AT, DSL.when(current, COMMENT_RATE.WINDOW_START_AT)
                        .otherwise(DSL.val(now, COMMENT_RATE.WINDOW_START_AT)));
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.execute("set local synchronous_commit = off");
            return upsert.returning(COMMENT_RATE.HITS).fetchSingle(COMMENT_RATE.HITS);
        }
        upsert.execute();
        return db.select(COMMENT_RATE.HITS).from(COMMENT_RATE).where(COMMENT_RATE.SUBJECT.eq(subject))
                .fetchSingle(COMMENT_RATE.HITS);
    }

    void forgetRates(Instant before) {
        db.deleteFrom(COMMENT_RATE).where(COMMENT_RATE.WINDOW_START_AT.lt(before)).execute();
    }

    void forgetRate(String subject) {
        db.deleteFrom(COMMENT_RATE).where(COMMENT_RATE.SUBJECT.eq(subject)).execute();
    }

    // ---- the form's key --------------------------------------------------------------------------

    /** The site's key, stored first by whichever node asks first: {@code candidate} if this one. */
    String secret(String candidate, Instant now) {
        db.insertInto(COMMENT_SECRET)
                .set(COMMENT_SECRET.ID, 1)
                .set(COMMENT_SECRET.SECRET, candidate)
                .set(COMMENT_SECRET.CREATED_AT, now)
                .onConflictDoNothing()
                .execute();
        return db.select(COMMENT_SECRET.SECRET).from(COMMENT_SECRET).where(COMMENT_SECRET.ID.eq(1))
                .fetchSingle(COMMENT_SECRET.SECRET);
    }

    private static Comment toComment(ArticleCommentRecord r) {
        return new Comment(r.getId(), r.getArticleId(), r.getParentId(), CommentStatus.parse(r.getStatus()).orElseThrow(),
                r.getAuthorName(), r.getAuthorEmail(), r.getBody(), r.getSpamReason(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
