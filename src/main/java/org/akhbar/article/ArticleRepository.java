package org.akhbar.article;

import static org.akhbar.schema.Tables.ARTICLE;
import static org.akhbar.schema.Tables.ARTICLE_SECTION;
import static org.akhbar.schema.Tables.ARTICLE_TAG;
import static org.akhbar.schema.Tables.AUTHOR;
import static org.akhbar.schema.Tables.SECTION;
import static org.akhbar.schema.Tables.TAG;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.akhbar.people.Author;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.Slice;
import org.akhbar.schema.tables.ArticleSection;
import org.akhbar.schema.tables.records.ArticleRecord;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;
import org.akhbar.text.ReadingTime;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * All SQL about articles. "Published" (status published and publish time reached) is spelled once,
 * in {@link #published}; lists walk (publish time, id) newest first through an index, so a page
 * costs the same at the millionth article as at the tenth.
 */
@Repository
public class ArticleRepository {

    private static final ArticleSection PRIMARY = ARTICLE_SECTION.as("primary_section");

    private final DSLContext db;

    ArticleRepository(DSLContext db) {
        this.db = db;
    }

    // ---- the rule -------------------------------------------------------------------------------

    private static Condition published(Instant now) {
        return ARTICLE.STATUS.eq(ArticleStatus.PUBLISHED.code()).and(ARTICLE.PUBLISHED_AT.le(now));
    }

    // ---- whole articles ---------------------------------------------------------------------------

    public Optional<Article> findById(long id) {
        return load(ARTICLE.ID.eq(id), 1).stream().findFirst();
    }

    public Optional<Article> findPublishedById(long id, Instant now) {
        return load(ARTICLE.ID.eq(id).and(published(now)), 1).stream().findFirst();
    }

    /** The published ones among these articles, in id order. */
    public List<Article> findPublishedByIds(Collection<Long> ids, Instant now) {
        return ids.isEmpty() ? List.of() : load(ARTICLE.ID.in(ids).and(published(now)), ids.size());
    }

    /** The newest published article with this slug (slugs need not be unique; the id is what identifies one). */
    public Optional<Long> findPublishedIdBySlug(String slug, Instant now) {
        return db.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.SLUG.eq(slug).and(published(now)))
                .orderBy(ARTICLE.PUBLISHED_AT.desc(), ARTICLE.ID.desc()).limit(1).fetchOptional(ARTICLE.ID);
    }

    /** Articles of any status with an id above {@code afterId}, in id order: for export. */
    public List<Article> findAfter(long afterId, int limit) {
        return load(ARTICLE.ID.gt(afterId), limit);
    }

    /** Published articles with an id above {@code afterId}, in id order: for rebuilding the search index. */
    public List<Article> findPublishedAfter(long afterId, int limit, Instant now) {
        return load(ARTICLE.ID.gt(afterId).and(published(now)), limit);
    }

    public int countPublished(Instant now) {
        return db.fetchCount(ARTICLE, published(now));
    }

    /**
     * Articles of any status changed at or after {@code since}, in id order after {@code afterId}:
     * what a search index that was closed for a while has to look at again.
     */
    public List<Long> findIdsChangedSince(Instant since, long afterId, int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.UPDATED_AT.ge(since).and(ARTICLE.ID.gt(afterId)))
                .orderBy(ARTICLE.ID).limit(limit).fetch(ARTICLE.ID);
    }

    public Optional<Long> findIdByExternalId(String externalId) {
        return db.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.EXTERNAL_ID.eq(externalId)).fetchOptional(ARTICLE.ID);
    }

    /** The ids of the articles with these external ids, by external id (unknown ones are left out). */
    public Map<String, Long> findIdsByExternalIds(Collection<String> externalIds) {
        return externalIds.isEmpty() ? Map.of()
                : db.select(ARTICLE.EXTERNAL_ID, ARTICLE.ID).from(ARTICLE).where(ARTICLE.EXTERNAL_ID.in(externalIds))
                        .fetchMap(ARTICLE.EXTERNAL_ID, ARTICLE.ID);
    }

    /** Which of these ids are articles (of any status). */
    public Set<Long> findExistingIds(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of()
                : db.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.ID.in(ids)).fetchSet(ARTICLE.ID);
    }

    public Optional<String> findBody(long id) {
        return db.select(ARTICLE.BODY_HTML).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional(ARTICLE.BODY_HTML);
    }

    public Map<Long, String> findExternalIds(Collection<Long> ids) {
        return db.select(ARTICLE.ID, ARTICLE.EXTERNAL_ID).from(ARTICLE)
                .where(ARTICLE.ID.in(ids).and(ARTICLE.EXTERNAL_ID.isNotNull()))
                .fetchMap(ARTICLE.ID, ARTICLE.EXTERNAL_ID);
    }

    /** When the next scheduled article is due, if any is scheduled. */
    public Optional<Instant> findNextScheduled() {
        return Optional.ofNullable(db.select(DSL.min(ARTICLE.PUBLISHED_AT)).from(ARTICLE)
                .where(ARTICLE.STATUS.eq(ArticleStatus.SCHEDULED.code()))
                .fetchOne().value1());
    }

    /** Scheduled articles whose time has come, oldest first. */
    List<Long> findDue(Instant now, int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.STATUS.eq(ArticleStatus.SCHEDULED.code()).and(ARTICLE.PUBLISHED_AT.le(now)))
                .orderBy(ARTICLE.PUBLISHED_AT, ARTICLE.ID)
                .limit(limit)
                .fetch(ARTICLE.ID);
    }

    /** The status and version of an article, read before changing it. */
    Optional<State> findState(long id) {
        return db.select(ARTICLE.STATUS, ARTICLE.VERSION, ARTICLE.CREATED_BY, ARTICLE.AUTHOR_ID, ARTICLE.PUBLISHED_AT)
                .from(ARTICLE).where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new State(id, ArticleStatus.fromCode(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /** Where an article stands and whose it is: what permission checks and transitions need. */
    record State(long id, ArticleStatus status, int version, Long createdBy, Long authorId, Instant publishedAt) {
    }

    /** Whether an article was published once and has been taken off the site. */
    public boolean isUnpublished(long id) {
        return db.fetchExists(ARTICLE, ARTICLE.ID.eq(id).and(ARTICLE.STATUS.eq(ArticleStatus.UNPUBLISHED.code())));
    }

    public boolean isEmpty() {
        return !db.fetchExists(ARTICLE);
    }

    /** Articles whose body still names an embedded article by an external id not yet known. */
    public List<Long> findIdsWithUnresolvedEmbeds() {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.BODY_HTML.contains("data-article-external-id"))
                .fetch(ARTICLE.ID);
    }

    /** Whole articles in id order, in two round trips: the rows with their authors, then their labels. */
    private List<Article> load(Condition where, int limit) {
        Result<Record> rows = db.select().from(ARTICLE.leftJoin(AUTHOR).on(AUTHOR.ID.eq(ARTICLE.AUTHOR_ID)))
                .where(where).orderBy(ARTICLE.ID).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Labels labels = labels(rows.getValues(ARTICLE.ID));
        List<Article> articles = new ArrayList<>(rows.size());
        for (Record row : rows) {
            ArticleRecord r = row.into(ARTICLE);
            Author author = row.get(AUTHOR.ID) == null ? null
                    : new Author(row.get(AUTHOR.ID), row.get(AUTHOR.SLUG), row.get(AUTHOR.NAME), row.get(AUTHOR.BIO));
            articles.add(new Article(r.getId(), r.getExternalId(), r.getSlug(), r.getTitle(), r.getKicker(),
                    r.getExcerpt(), r.getBodyHtml(), ArticleStatus.fromCode(r.getStatus()), author,
                    r.getPublishedAt(), r.getCreatedAt(), r.getUpdatedAt(),
                    labels.sections().getOrDefault(r.getId(), List.of()), labels.tags().getOrDefault(r.getId(), List.of()),
                    ReadingTime.minutesOfHtml(r.getBodyHtml()), r.getVersion(), r.getCreatedBy(), r.getFeaturedMediaId(),
                    r.getRevisedAt(), r.getCommentsOpen() != 0));
        }
        return articles;
    }

    /** Sections and tags of some articles, each in the article's order. */
    private record Labels(Map<Long, List<Section>> sections, Map<Long, List<Tag>> tags) {
    }

    private Labels labels(Collection<Long> articleIds) {
        Field<Boolean> isSection = DSL.field("is_section", Boolean.class);
        var sectionRows = DSL.select(ARTICLE_SECTION.ARTICLE_ID, DSL.inline(true).as(isSection), ARTICLE_SECTION.POSITION,
                        SECTION.ID, SECTION.SLUG, SECTION.NAME, SECTION.POSITION)
                .from(ARTICLE_SECTION).join(SECTION).on(SECTION.ID.eq(ARTICLE_SECTION.SECTION_ID))
                .where(ARTICLE_SECTION.ARTICLE_ID.in(articleIds));
        var tagRows = DSL.select(ARTICLE_TAG.ARTICLE_ID, DSL.inline(false).as(isSection), ARTICLE_TAG.POSITION,
                        TAG.ID, TAG.SLUG, TAG.NAME, DSL.inline(0))
                .from(ARTICLE_TAG).join(TAG).on(TAG.ID.eq(ARTICLE_TAG.TAG_ID))
                .where(ARTICLE_TAG.ARTICLE_ID.in(articleIds));
        Map<Long, List<Section>> sections = new HashMap<>();
        Map<Long, List<Tag>> tags = new HashMap<>();
        // value3 is the label's position within its article: rows are sorted by it before grouping.
        for (var row : db.fetch(sectionRows.unionAll(tagRows)).sortAsc(Comparator.comparing(r -> r.value3()))) {
            if (row.value2()) {
                sections.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new Section(row.value4(), row.value5(), row.value6(), row.value7()));
            } else {
                tags.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(new Tag(row.value4(), row.value5(), row.value6()));
            }
        }
        return new Labels(sections, tags);
    }

    // ---- lists of published articles --------------------------------------------------------------

    /** Which rows a list walks, in which order. */
    private record Walk(Table<?> from, Field<Instant> time, Field<Long> id, Condition condition) {
    }

    private static Walk walk(Listing listing, Instant now) {
        return switch (listing) {
            case Listing.Latest latest -> new Walk(ARTICLE, ARTICLE.PUBLISHED_AT, ARTICLE.ID, published(now));
            case Listing.ByAuthor byAuthor -> new Walk(ARTICLE, ARTICLE.PUBLISHED_AT, ARTICLE.ID,
                    published(now).and(ARTICLE.AUTHOR_ID.eq(byAuthor.authorId())));
            case Listing.InSection inSection -> new Walk(
                    ARTICLE_SECTION.join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_SECTION.ARTICLE_ID)),
                    ARTICLE_SECTION.PUBLISHED_AT, ARTICLE_SECTION.ARTICLE_ID,
                    ARTICLE_SECTION.SECTION_ID.eq(inSection.sectionId())
                            .and(ARTICLE_SECTION.PUBLISHED_AT.le(now)).and(published(now)));
            case Listing.Tagged tagged -> new Walk(
                    ARTICLE_TAG.join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TAG.ARTICLE_ID)),
                    ARTICLE_TAG.PUBLISHED_AT, ARTICLE_TAG.ARTICLE_ID,
                    ARTICLE_TAG.TAG_ID.eq(tagged.tagId())
                            .and(ARTICLE_TAG.PUBLISHED_AT.le(now)).and(published(now)));
        };
    }

    /** Up to {@code limit} articles of the list, strictly after {@code after} (null: from the newest). */
    public Slice<ArticleSummary> page(Listing listing, Cursor after, int limit, Instant now) {
        Walk walk = walk(listing, now);
        Condition condition = walk.condition();
        if (after != null) {
            // The first half bounds the index range; the second only breaks ties at the same instant.
            condition = condition.and(walk.time().le(after.at()))
                    .and(walk.time().lt(after.at()).or(walk.id().lt(after.id())));
        }
        List<ArticleSummary> rows = summaries(walk.from())
                .where(condition)
                .orderBy(walk.time().desc(), walk.id().desc())
                .limit(limit + 1)
                .fetch(ArticleRepository::toSummary);
        if (rows.size() <= limit) {
            return new Slice<>(rows, Optional.empty());
        }
        List<ArticleSummary> items = rows.subList(0, limit);
        return new Slice<>(List.copyOf(items), Optional.of(items.getLast().position()));
    }

    /**
     * The list from its newest article down to and including {@code through}, at most {@code limit}
     * articles: the page a reader had built with "show more", rebuilt on refresh.
     */
    public Slice<ArticleSummary> pageThrough(Listing listing, Cursor through, int limit, Instant now) {
        Walk walk = walk(listing, now);
        Condition condition = walk.condition()
                .and(walk.time().ge(through.at()))
                .and(walk.time().gt(through.at()).or(walk.id().ge(through.id())));
        List<ArticleSummary> items = summaries(walk.from())
                .where(condition)
                .orderBy(walk.time().desc(), walk.id().desc())
                .limit(limit)
                .fetch(ArticleRepository::toSummary);
        boolean more = !items.isEmpty() && !page(listing, items.getLast().position(), 1, now).items().isEmpty();
        return new Slice<>(items, more ? Optional.of(items.getLast().position()) : Optional.empty());
    }

    /** Published articles among these ids, in the order given. */
    public List<ArticleSummary> findPublishedSummaries(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleSummary> found = summaries(ARTICLE)
                .where(ARTICLE.ID.in(ids).and(published(now)))
                .fetchMap(ARTICLE.ID, ArticleRepository::toSummary);
        return ids.stream().map(found::get).filter(s -> s != null).toList();
    }

    private static final List<SelectField<?>> SUMMARY = List.of(ARTICLE.ID, ARTICLE.SLUG, ARTICLE.TITLE,
            ARTICLE.KICKER, ARTICLE.EXCERPT, ARTICLE.PUBLISHED_AT, SECTION.ID, SECTION.SLUG, SECTION.NAME,
            SECTION.POSITION, AUTHOR.NAME);

    private SelectJoinStep<Record> summaries(Table<?> from) {
        return db.select(SUMMARY)
                .from(from)
                .leftJoin(PRIMARY).on(PRIMARY.ARTICLE_ID.eq(ARTICLE.ID).and(PRIMARY.POSITION.eq(0)))
                .leftJoin(SECTION).on(SECTION.ID.eq(PRIMARY.SECTION_ID))
                .leftJoin(AUTHOR).on(AUTHOR.ID.eq(ARTICLE.AUTHOR_ID));
    }

    private static ArticleSummary toSummary(Record r) {
        Long sectionId = r.get(SECTION.ID);
        Section section = sectionId == null ? null
                : new Section(sectionId, r.get(SECTION.SLUG), r.get(SECTION.NAME), r.get(SECTION.POSITION));
        return new ArticleSummary(r.get(ARTICLE.ID), r.get(ARTICLE.SLUG), r.get(ARTICLE.TITLE),
                r.get(ARTICLE.KICKER), r.get(ARTICLE.EXCERPT), r.get(ARTICLE.PUBLISHED_AT), section,
                r.get(AUTHOR.NAME));
    }

    // ---- the archive, for sitemaps ------------------------------------------------------------------

    /**
     * The calendar month (UTC) of a publish time, as {@code yyyy-MM}, computed by the database so
     * that the archive is counted by one grouped query rather than read.
     */
    private Field<String> monthOf(Field<Instant> at) {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            return DSL.field("to_char(to_timestamp({0} / 1000.0) at time zone 'UTC', 'YYYY-MM')", String.class, at);
        }
        return DSL.field("strftime('%Y-%m', {0} / 1000, 'unixepoch')", String.class, at);
    }

    /** Months (UTC) with published articles, oldest first, with how many each has and when one last changed. */
    public List<ArchiveMonth> archiveMonths(Instant now) {
        Field<String> month = monthOf(ARTICLE.PUBLISHED_AT).as("month");
        return db.select(month, DSL.count(), DSL.max(ARTICLE.UPDATED_AT))
                .from(ARTICLE)
                .where(published(now))
                .groupBy(month)
                .orderBy(month)
                .fetch(r -> new ArchiveMonth(YearMonth.parse(r.value1()), r.value2(), r.value3()));
    }

    /**
     * Where a month's archive (oldest first) continues after skipping {@code skip} articles: the
     * position of the {@code skip}-th one, or empty when the month has no more than that.
     */
    public Optional<Cursor> archivePosition(YearMonth month, long skip, Instant now) {
        if (skip == 0) {
            return Optional.empty();
        }
        return db.select(ARTICLE.PUBLISHED_AT, ARTICLE.ID).from(ARTICLE)
                .where(published(now).and(inMonth(month)))
                .orderBy(ARTICLE.PUBLISHED_AT, ARTICLE.ID)
                .offset(skip - 1)
                .limit(1)
                .fetchOptional(r -> new Cursor(r.value1(), r.value2()));
    }

    /**
     * Up to {@code limit} published articles of a month (UTC), oldest first, strictly after
     * {@code after} (null: from the month's start): a sitemap walks a month in such pages, so it
     * never holds more than one page in memory.
     */
    public List<ArchiveEntry> archive(YearMonth month, Cursor after, int limit, Instant now) {
        Condition condition = published(now).and(inMonth(month));
        if (after != null) {
            condition = condition.and(ARTICLE.PUBLISHED_AT.ge(after.at()))
                    .and(ARTICLE.PUBLISHED_AT.gt(after.at()).or(ARTICLE.ID.gt(after.id())));
        }
        return db.select(ARTICLE.ID, ARTICLE.SLUG, ARTICLE.PUBLISHED_AT, ARTICLE.UPDATED_AT, ARTICLE.FEATURED_MEDIA_ID)
                .from(ARTICLE)
                .where(condition)
                .orderBy(ARTICLE.PUBLISHED_AT, ARTICLE.ID)
                .limit(limit)
                .fetch(r -> new ArchiveEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static Condition inMonth(YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return ARTICLE.PUBLISHED_AT.ge(start).and(ARTICLE.PUBLISHED_AT.lt(end));
    }

    /** Published articles since {@code since}, newest first, at most {@code limit}: the news sitemap. */
    public List<ArticleSummary> publishedSince(Instant since, int limit, Instant now) {
        return summaries(ARTICLE)
                .where(published(now).and(ARTICLE.PUBLISHED_AT.ge(since)))
                .orderBy(ARTICLE.PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(ArticleRepository::toSummary);
    }

    /** Which group of {@code perGroup} consecutive ids a tag falls in: how the tags' sitemaps are cut. */
    private static Field<Long> tagGroup(int perGroup) {
        return TAG.ID.minus(1).div(perGroup).as("tag_group");
    }

    private static Condition tagHasPublished(Instant now) {
        return DSL.exists(DSL.selectOne().from(ARTICLE_TAG).join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TAG.ARTICLE_ID))
                .where(ARTICLE_TAG.TAG_ID.eq(TAG.ID).and(ARTICLE_TAG.PUBLISHED_AT.le(now)).and(published(now))));
    }

    /**
     * The groups of tags (by id, {@code perGroup} ids each, so never more tags than that) that hold
     * tags with published articles, with how many such tags each has, in one grouped query.
     */
    public Map<Long, Integer> taggedGroups(int perGroup, Instant now) {
        Field<Long> group = tagGroup(perGroup);
        return db.select(group, DSL.count()).from(TAG)
                .where(tagHasPublished(now))
                .groupBy(group)
                .orderBy(group)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** The tags of one group that have published articles, with when their newest came out. */
    public List<TaggedList> taggedGroup(long group, int perGroup, Instant now) {
        Field<Instant> newest = DSL.field(DSL.select(DSL.max(ARTICLE_TAG.PUBLISHED_AT)).from(ARTICLE_TAG)
                .where(ARTICLE_TAG.TAG_ID.eq(TAG.ID).and(ARTICLE_TAG.PUBLISHED_AT.le(now))));
        return db.select(TAG.ID, TAG.SLUG, TAG.NAME, newest).from(TAG)
                .where(TAG.ID.gt(group * perGroup).and(TAG.ID.le((group + 1) * perGroup)).and(tagHasPublished(now)))
                .orderBy(TAG.ID)
                .fetch(r -> new TaggedList(new Tag(r.value1(), r.value2(), r.value3()), r.value4()));
    }

    /** When each section's newest published article came out; sections without one are left out. */
    public Map<Long, Instant> newestBySection(Instant now) {
        return db.select(ARTICLE_SECTION.SECTION_ID, DSL.max(ARTICLE_SECTION.PUBLISHED_AT))
                .from(ARTICLE_SECTION).join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_SECTION.ARTICLE_ID))
                .where(ARTICLE_SECTION.PUBLISHED_AT.le(now).and(published(now)))
                .groupBy(ARTICLE_SECTION.SECTION_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    // ---- the newsroom's list -------------------------------------------------------------------

    /**
     * Articles of every status, most recently changed first, a page at a time: {@code after} holds
     * the update time and id of the previous page's last item.
     */
    public Slice<DeskItem> desk(DeskFilter filter, Cursor after, int limit) {
        Condition condition = DSL.noCondition();
        if (filter.status() != null) {
            condition = condition.and(ARTICLE.STATUS.eq(filter.status().code()));
        }
        if (filter.authorId() != null) {
            condition = condition.and(ARTICLE.AUTHOR_ID.eq(filter.authorId()));
        }
        if (filter.sectionId() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ARTICLE_SECTION)
                    .where(ARTICLE_SECTION.ARTICLE_ID.eq(ARTICLE.ID).and(ARTICLE_SECTION.SECTION_ID.eq(filter.sectionId())))));
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            condition = condition.and(ARTICLE.TITLE.containsIgnoreCase(filter.titleContains().strip()));
        }
        if (after != null) {
            condition = condition.and(ARTICLE.UPDATED_AT.le(after.at()))
                    .and(ARTICLE.UPDATED_AT.lt(after.at()).or(ARTICLE.ID.lt(after.id())));
        }
        List<DeskItem> rows = db.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.STATUS, AUTHOR.NAME, SECTION.NAME,
                        ARTICLE.PUBLISHED_AT, ARTICLE.UPDATED_AT, ARTICLE.CREATED_BY, ARTICLE.AUTHOR_ID)
                .from(ARTICLE)
                .leftJoin(PRIMARY).on(PRIMARY.ARTICLE_ID.eq(ARTICLE.ID).and(PRIMARY.POSITION.eq(0)))
                .leftJoin(SECTION).on(SECTION.ID.eq(PRIMARY.SECTION_ID))
                .leftJoin(AUTHOR).on(AUTHOR.ID.eq(ARTICLE.AUTHOR_ID))
                .where(condition)
                .orderBy(ARTICLE.UPDATED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new DeskItem(r.value1(), r.value2(), ArticleStatus.fromCode(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
        if (rows.size() <= limit) {
            return new Slice<>(rows, Optional.empty());
        }
        List<DeskItem> items = List.copyOf(rows.subList(0, limit));
        DeskItem last = items.getLast();
        return new Slice<>(items, Optional.of(last.position()));
    }

    /** Articles whose title contains the words, newest first: the editor's "اقرأ أيضاً" picker. */
    public List<DeskItem> findByTitle(String words, int limit) {
        return desk(new DeskFilter(null, null, null, words), null, limit).items();
    }

    // ---- candidates for related articles ----------------------------------------------------------

    /** A published article found in one of another article's lists: a tag's ({@code viaTag}) or a section's. */
    public record Neighbour(long id, Instant publishedAt, boolean viaTag) {
    }

    /**
     * The newest {@code perList} published articles of each of the article's tags and sections,
     * other than itself, in one round trip.
     */
    public List<Neighbour> neighbours(Article article, int perList, Instant now) {
        List<Select<Record3<Long, Instant, Boolean>>> lists = new ArrayList<>();
        for (Tag tag : article.tags()) {
            lists.add(newest(ARTICLE_TAG, ARTICLE_TAG.ARTICLE_ID, ARTICLE_TAG.PUBLISHED_AT,
                    ARTICLE_TAG.TAG_ID.eq(tag.id()), true, article.id(), perList, now, lists.size()));
        }
        for (Section section : article.sections()) {
            lists.add(newest(ARTICLE_SECTION, ARTICLE_SECTION.ARTICLE_ID, ARTICLE_SECTION.PUBLISHED_AT,
                    ARTICLE_SECTION.SECTION_ID.eq(section.id()), false, article.id(), perList, now, lists.size()));
        }
        return lists.stream().reduce(Select::unionAll)
                .map(union -> db.fetch(union).map(r -> new Neighbour(r.value1(), r.value2(), r.value3())))
                .orElse(List.of());
    }

    private Select<Record3<Long, Instant, Boolean>> newest(Table<?> list, Field<Long> articleId,
            Field<Instant> publishedAt, Condition inList, boolean viaTag, long except, int limit, Instant now,
            int n) {
        // Each list sorted and cut on its own, inside a derived table: SQLite allows no LIMIT on a
        // member of a UNION directly.
        Field<Long> id = articleId.as("id");
        Field<Instant> at = publishedAt.as("at");
        Field<Boolean> tagList = DSL.inline(viaTag).as("via_tag");
        Table<Record3<Long, Instant, Boolean>> newest = DSL
                .select(id, at, tagList)
                .from(list)
                .where(inList.and(publishedAt.le(now)).and(articleId.ne(except)))
                .orderBy(publishedAt.desc(), articleId.desc())
                .limit(limit)
                .asTable("list_" + n);
        return DSL.select(newest.field(id), newest.field(at), newest.field(tagList)).from(newest);
    }

    // ---- writes (callers hold the transaction) -----------------------------------------------------

    long insert(ArticleRow row, Long createdBy, Instant now) {
        ArticleRecord record = db.newRecord(ARTICLE);
        fill(record, row);
        record.setCreatedBy(createdBy);
        record.setVersion(1);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        return record.getId();
    }

    /**
     * Inserts new articles and answers their ids in the order of the rows. Imported ones (with an
     * external id) go in as one batch of one prepared statement, their ids read back by external
     * id; others one at a time.
     */
    List<Long> insertAll(List<ArticleRow> rows, Long createdBy, Instant now) {
        if (rows.stream().anyMatch(row -> row.externalId() == null)) {
            return rows.stream().map(row -> insert(row, createdBy, now)).toList();
        }
        BatchBindStep insert = db.batch(db.insertInto(ARTICLE, ARTICLE.EXTERNAL_ID, ARTICLE.SLUG, ARTICLE.TITLE,
                ARTICLE.KICKER, ARTICLE.EXCERPT, ARTICLE.BODY_HTML, ARTICLE.STATUS, ARTICLE.AUTHOR_ID,
                ARTICLE.PUBLISHED_AT, ARTICLE.FEATURED_MEDIA_ID, ARTICLE.COMMENTS_OPEN, ARTICLE.CREATED_BY,
                ARTICLE.VERSION, ARTICLE.CREATED_AT, ARTICLE.UPDATED_AT)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        for (ArticleRow row : rows) {
            insert = insert.bind(row.externalId(), row.slug(), row.title(), row.kicker(), row.excerpt(), row.bodyHtml(),
                    row.status().code(), row.authorId(), row.publishedAt(), row.featuredMediaId(),
                    row.commentsOpen() == null || row.commentsOpen() ? 1 : 0, createdBy, 1, now,
                    now);
        }
        insert.execute();
        Map<String, Long> ids = findIdsByExternalIds(rows.stream().map(ArticleRow::externalId).toList());
        return rows.stream().map(row -> Objects.requireNonNull(ids.get(row.externalId()), row.externalId())).toList();
    }

    /** What {@link #insertLists} puts an article in. */
    record Lists(long articleId, List<Section> sections, List<Tag> tags, Instant listedAt) {
    }

    /** Puts new articles (which have no lists yet) in their sections and under their tags, as two batches. */
    void insertLists(List<Lists> all) {
        BatchBindStep sections = db.batch(db.insertInto(ARTICLE_SECTION, ARTICLE_SECTION.ARTICLE_ID,
                ARTICLE_SECTION.SECTION_ID, ARTICLE_SECTION.POSITION, ARTICLE_SECTION.PUBLISHED_AT)
                .values((Long) null, null, null, null));
        BatchBindStep tags = db.batch(db.insertInto(ARTICLE_TAG, ARTICLE_TAG.ARTICLE_ID, ARTICLE_TAG.TAG_ID,
                ARTICLE_TAG.POSITION, ARTICLE_TAG.PUBLISHED_AT).values((Long) null, null, null, null));
        int sectionRows = 0;
        int tagRows = 0;
        for (Lists lists : all) {
            for (int i = 0; i < lists.sections().size(); i++) {
                sections = sections.bind(lists.articleId(), lists.sections().get(i).id(), i, lists.listedAt());
                sectionRows++;
            }
            for (int i = 0; i < lists.tags().size(); i++) {
                tags = tags.bind(lists.articleId(), lists.tags().get(i).id(), i, lists.listedAt());
                tagRows++;
            }
        }
        if (sectionRows > 0) {
            sections.execute();
        }
        if (tagRows > 0) {
            tags.execute();
        }
    }

    /**
     * Overwrites the article and counts a new version. With {@code expectedVersion}, only if the
     * article is still at that version. Returns the new version, or empty if nothing was written.
     */
    Optional<Integer> update(long id, ArticleRow row, Integer expectedVersion, Instant now) {
        ArticleRecord record = db.newRecord(ARTICLE);
        fill(record, row);
        record.setUpdatedAt(now);
        record.changed(ARTICLE.ID, false);
        if (row.externalId() == null) {
            record.changed(ARTICLE.EXTERNAL_ID, false);   // a newsroom save keeps the import's id
        }
        if (row.commentsOpen() == null) {
            record.changed(ARTICLE.COMMENTS_OPEN, false);   // not asked about: stays as it is
        }
        Condition which = ARTICLE.ID.eq(id);
        if (expectedVersion != null) {
            which = which.and(ARTICLE.VERSION.eq(expectedVersion));
        }
        return db.update(ARTICLE).set(record).set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1)).where(which)
                .returning(ARTICLE.VERSION).fetchOptional(ARTICLE.VERSION);
    }

    /** Moves the article to another status (and publish time), if it is still in {@code from}. */
    boolean changeStatus(long id, ArticleStatus from, ArticleStatus to, Instant publishedAt, Instant now) {
        int changed = db.update(ARTICLE)
                .set(ARTICLE.STATUS, to.code())
                .set(ARTICLE.PUBLISHED_AT, publishedAt)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .set(ARTICLE.UPDATED_AT, now)
                .where(ARTICLE.ID.eq(id).and(ARTICLE.STATUS.eq(from.code())))
                .execute();
        if (changed == 1) {
            Instant listedAt = to.listed() ? publishedAt : null;
            db.update(ARTICLE_SECTION).set(ARTICLE_SECTION.PUBLISHED_AT, listedAt)
                    .where(ARTICLE_SECTION.ARTICLE_ID.eq(id)).execute();
            db.update(ARTICLE_TAG).set(ARTICLE_TAG.PUBLISHED_AT, listedAt)
                    .where(ARTICLE_TAG.ARTICLE_ID.eq(id)).execute();
        }
        return changed == 1;
    }

    /** Marks a published article as corrected or updated now. */
    void markRevised(long id, Instant now) {
        db.update(ARTICLE).set(ARTICLE.REVISED_AT, now).set(ARTICLE.UPDATED_AT, now)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1)).where(ARTICLE.ID.eq(id)).execute();
    }

    private static void fill(ArticleRecord record, ArticleRow row) {
        record.setExternalId(row.externalId());
        record.setSlug(row.slug());
        record.setTitle(row.title());
        record.setKicker(row.kicker());
        record.setExcerpt(row.excerpt());
        record.setBodyHtml(row.bodyHtml());
        record.setStatus(row.status().code());
        record.setAuthorId(row.authorId());
        record.setPublishedAt(row.publishedAt());
        record.setFeaturedMediaId(row.featuredMediaId());
        if (row.commentsOpen() != null) {
            record.setCommentsOpen(row.commentsOpen() ? 1 : 0);
        }
    }

    /** Puts the article in these sections and under these tags, in order; {@code fresh}: it had none. */
    void replaceLists(long articleId, List<Section> sections, List<Tag> tags, Instant listedAt, boolean fresh) {
        if (!fresh) {
            db.deleteFrom(ARTICLE_SECTION).where(ARTICLE_SECTION.ARTICLE_ID.eq(articleId)).execute();
            db.deleteFrom(ARTICLE_TAG).where(ARTICLE_TAG.ARTICLE_ID.eq(articleId)).execute();
        }
        if (!sections.isEmpty()) {
            var insert = db.insertInto(ARTICLE_SECTION, ARTICLE_SECTION.ARTICLE_ID, ARTICLE_SECTION.SECTION_ID,
                    ARTICLE_SECTION.POSITION, ARTICLE_SECTION.PUBLISHED_AT);
            for (int i = 0; i < sections.size(); i++) {
                insert = insert.values(articleId, sections.get(i).id(), i, listedAt);
            }
            insert.execute();
        }
        if (!tags.isEmpty()) {
            var insert = db.insertInto(ARTICLE_TAG, ARTICLE_TAG.ARTICLE_ID, ARTICLE_TAG.TAG_ID,
                    ARTICLE_TAG.POSITION, ARTICLE_TAG.PUBLISHED_AT);
            for (int i = 0; i < tags.size(); i++) {
                insert = insert.values(articleId, tags.get(i).id(), i, listedAt);
            }
            insert.execute();
        }
    }

    void updateBody(long id, String bodyHtml) {
        db.update(ARTICLE).set(ARTICLE.BODY_HTML, bodyHtml).where(ARTICLE.ID.eq(id)).execute();
    }
}
