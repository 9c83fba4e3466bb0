package org.akhbar.article;

import static org.akhbar.schema.Tables.ACCOUNT;
import static org.akhbar.schema.Tables.ARTICLE_REVISION;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.akhbar.schema.tables.records.ArticleRevisionRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** All SQL about revisions: one row per save of an article, as it was saved. */
@Repository
public class RevisionRepository {

    /** Autosaves by one person within this time of their last one amend it instead of adding another. */
    static final Duration AUTOSAVE_SPAN = Duration.ofMinutes(10);

    private final DSLContext db;

    RevisionRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Keeps the article as this save left it. An autosave amends the same person's autosave revision
     * when that is the newest one and recent, so a long writing session leaves a handful of revisions
     * rather than one every few seconds; every other save adds one.
     */
    void record(Snapshot article, RevisionKind kind, Long savedBy, Instant now) {
        if (kind == RevisionKind.AUTOSAVE && savedBy != null) {
            ArticleRevisionRecord latest = db.selectFrom(ARTICLE_REVISION)
                    .where(ARTICLE_REVISION.ARTICLE_ID.eq(article.articleId()))
                    .orderBy(ARTICLE_REVISION.VERSION.desc())
                    .limit(1)
                    .fetchOne();
            if (latest != null && RevisionKind.AUTOSAVE.code().equals(latest.getKind())
                    && savedBy.equals(latest.getSavedBy())
                    && latest.getSavedAt().isAfter(now.minus(AUTOSAVE_SPAN))) {
                fill(latest, article, kind, savedBy, now);
                latest.update();
                return;
            }
        }
        ArticleRevisionRecord record = db.newRecord(ARTICLE_REVISION);
        record.setArticleId(article.articleId());
        fill(record, article, kind, savedBy, now);
        record.insert();
    }

    /** Keeps many articles as a bulk save left them (no autosaves), as one batch of one prepared statement, as {@link #fill} fills one. */
    void recordAll(List<Snapshot> articles, RevisionKind kind, Long savedBy, Instant now) {
        if (articles.isEmpty()) {
            return;
        }
        var r = ARTICLE_REVISION;
        BatchBindStep insert = db.batch(db.insertInto(r, r.ARTICLE_ID, r.VERSION, r.KIND, r.TITLE, r.SLUG, r.KICKER,
                        r.EXCERPT, r.BODY_HTML, r.SECTIONS, r.TAGS, r.AUTHOR_NAME, r.STATUS, r.PUBLISHED_AT,
                        r.FEATURED_MEDIA_ID, r.SAVED_BY, r.SAVED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null));
        for (Snapshot article : articles) {
            ArticleRow row = article.row();
            insert = insert.bind(article.articleId(), article.version(), kind.code(), row.title(), row.slug(),
                    row.kicker(), row.excerpt(), row.bodyHtml(), String.join("\n", article.sections()),
                    String.join("\n", article.tags()), article.authorName(), row.status().code(), row.publishedAt(),
                    row.featuredMediaId(), savedBy, now);
        }
        insert.execute();
    }

    /** What a revision keeps: the article's columns after the save, and its labels by name. */
    record Snapshot(long articleId, int version, ArticleRow row, List<String> sections, List<String> tags,
            String authorName) {

        static Snapshot of(Article article) {
            return new Snapshot(article.id(), article.version(),
                    new ArticleRow(article.externalId(), article.slug(), article.title(), article.kicker(),
                            article.excerpt(), article.bodyHtml(), article.status(),
                            article.author() == null ? null : article.author().id(), article.publishedAt(),
                            article.featuredMediaId(), article.commentsOpen()),
                    article.sections().stream().map(s -> s.name()).toList(),
                    article.tags().stream().map(t -> t.name()).toList(),
                    article.author() == null ? null : article.author().name());
        }
    }

    private static void fill(ArticleRevisionRecord r, Snapshot article, RevisionKind kind, Long savedBy, Instant now) {
        ArticleRow row = article.row();
        r.setVersion(article.version());
        r.setKind(kind.code());
        r.setTitle(row.title());
        r.setSlug(row.slug());
        r.setKicker(row.kicker());
        r.setExcerpt(row.excerpt());
        r.setBodyHtml(row.bodyHtml());
        r.setSections(String.join("\n", article.sections()));
        r.setTags(String.join("\n", article.tags()));
        r.setAuthorName(article.authorName());
        r.setStatus(row.status().code());
        r.setPublishedAt(row.publishedAt());
        r.setFeaturedMediaId(row.featuredMediaId());
        r.setSavedBy(savedBy);
        r.setSavedAt(now);
    }

    /** The article's revisions, newest first. */
    public List<Revision> findByArticle(long articleId) {
        return db.select().from(ARTICLE_REVISION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(ARTICLE_REVISION.SAVED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_REVISION.VERSION.desc())
                .fetch(RevisionRepository::toRevision);
    }

    public Optional<Revision> find(long articleId, long revisionId) {
        return db.select().from(ARTICLE_REVISION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(ARTICLE_REVISION.SAVED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId).and(ARTICLE_REVISION.ID.eq(revisionId)))
                .fetchOptional(RevisionRepository::toRevision);
    }

    /** The revision saved just before this one, if any. */
    public Optional<Revision> findPrevious(Revision revision) {
        return db.select().from(ARTICLE_REVISION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(ARTICLE_REVISION.SAVED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(revision.articleId())
                        .and(ARTICLE_REVISION.VERSION.lt(revision.version())))
                .orderBy(ARTICLE_REVISION.VERSION.desc())
                .limit(1)
                .fetchOptional(RevisionRepository::toRevision);
    }

    public int count(long articleId) {
        return db.fetchCount(ARTICLE_REVISION, ARTICLE_REVISION.ARTICLE_ID.eq(articleId));
    }

    private static Revision toRevision(Record row) {
        ArticleRevisionRecord r = row.into(ARTICLE_REVISION);
        return new Revision(r.getId(), r.getArticleId(), r.getVersion(), RevisionKind.fromCode(r.getKind()),
                r.getTitle(), r.getSlug(), r.getKicker(), r.getExcerpt(), r.getBodyHtml(), lines(r.getSections()),
                lines(r.getTags()), r.getAuthorName(), ArticleStatus.fromCode(r.getStatus()), r.getPublishedAt(),
                r.getFeaturedMediaId(), r.getSavedBy(), row.get(ACCOUNT.DISPLAY_NAME), r.getSavedAt());
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }
}
