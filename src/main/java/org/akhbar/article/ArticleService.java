package org.akhbar.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

import org.akhbar.platform.InvalidInputException.Problem;
import org.akhbar.media.MediaRepository;
import org.akhbar.people.Author;
import org.akhbar.people.AuthorRepository;
import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.ConflictException;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.taxonomy.Tag;
import org.akhbar.taxonomy.TagRepository;
import org.akhbar.text.Excerpts;
import org.akhbar.text.Slugs;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving articles: every save validates first, sanitises the body, creates missing sections, tags
 * and author, writes the article with its lists, keeps a revision and appends to the change log,
 * all in one transaction. Bad input writes nothing. Who may save what, and moves between states,
 * are {@link ArticleWorkflow}'s business.
 */
@Service
public class ArticleService {

    public static final String ENTITY = "article";

    static final int TITLE_MAX = 300;
    static final int KICKER_MAX = 200;
    static final int EXCERPT_MAX = 1000;
    static final int BODY_MAX = 2_000_000;
    static final int EXTERNAL_ID_MAX = 200;
    static final int SECTIONS_MAX = 10;
    static final int TAGS_MAX = 30;
    static final int SLUG_MAX = Slugs.DEFAULT_MAX_LENGTH;
    static final int GENERATED_EXCERPT_LENGTH = 220;

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final RevisionRepository revisions;
    private final MediaRepository media;
    private final ChangeLog changeLog;
    private final Clock clock;

    ArticleService(ArticleRepository articles, SectionRepository sections, TagRepository tags,
            AuthorRepository authors, RevisionRepository revisions, MediaRepository media, ChangeLog changeLog,
            Clock clock) {
        this.articles = articles;
        this.media = media;
        this.revisions = revisions;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** What a save did: which article, whether it was new, its version now, and its slug. */
    public record Saved(long id, boolean created, int version, String slug) {

        public String path() {
            return ArticlePaths.of(id, slug);
        }
    }

    /**
     * Creates the article, or updates the one with the same external id: re-importing a story
     * replaces it instead of adding a copy.
     */
    @Transactional
    public Saved save(ArticleInput input) {
        Optional<Long> existing = blankToNull(input.externalId()) == null ? Optional.empty()
                : articles.findIdByExternalId(input.externalId().strip());
        return write(existing.orElse(null), input, null, RevisionKind.IMPORT, null);
    }

    @Transactional
    public long create(ArticleInput input) {
        return write(null, input, null, RevisionKind.IMPORT, null).id();
    }

    @Transactional
    public void update(long id, ArticleInput input) {
        write(id, input, null, RevisionKind.IMPORT, null);
    }

    /**
     * Writes the article (a new one when {@code id} is null) with its lists, a revision and a
     * change-log entry, in the caller's transaction or a new one. With {@code expectedVersion}, a
     * save over a newer version than the writer loaded is refused with {@link ConflictException}
     * and writes nothing. {@code accountId} is the newsroom account saving (null: an import).
     */
    @Transactional
    public Saved write(Long id, ArticleInput input, Integer expectedVersion, RevisionKind kind, Long accountId) {
        Optional<ArticleRepository.State> before = id == null ? Optional.empty() : articles.findState(id);
        if (id != null && before.isEmpty()) {
            throw new ArticleNotFoundException(id);
        }
        Checked checked = check(input);
        if (checked.refusal != null) {
            throw checked.refusal;
        }
        return write(id, before, checked, expectedVersion, kind, accountId);
    }

    private Saved write(Long id, Optional<ArticleRepository.State> before, Checked checked, Integer expectedVersion,
            RevisionKind kind, Long accountId) {
        Instant now = clock.instant();
        Author author = checked.authorName == null ? null : authors.ensure(checked.authorName);
        ArticleRow row = checked.row(author, now);
        int version;
        if (id == null) {
            id = articles.insert(row, accountId, now);
            version = 1;
        } else {
            version = articles.update(id, row, expectedVersion, now).orElseThrow(() -> new ConflictException(
                    "article.error.conflict", "The article was saved by someone else since it was loaded"));
        }
        ArticleInput input = checked.input;
        List<Section> sectionList = sections.ensure(input.sections());
        List<Tag> tagList = tags.ensure(input.tags());
        articles.replaceLists(id, sectionList, tagList, row.listedAt(), before.isEmpty());
        revisions.record(new RevisionRepository.Snapshot(id, version, row, sectionList.stream().map(Section::name).toList(),
                tagList.stream().map(Tag::name).toList(), author == null ? null : author.name()), kind, accountId, now);
        boolean seen = row.status().listed() || before.map(b -> b.status().listed()).orElse(false);
        changeLog.append(ENTITY, id, !seen ? Change.STAFF_ONLY : before.isEmpty() ? "created" : "updated");
        return new Saved(id, before.isEmpty(), version, row.slug());
    }

    // ---- many at once ------------------------------------------------------------------------------

    /**
     * An input checked and cleaned (its body sanitised, its excerpt made), or refused with its
     * problems: the part of a save that costs CPU and writes nothing, so an import can do it on
     * several threads while one writer saves. Only {@link #saveChecked} makes use of it.
     */
    public static final class Checked {

        private final ArticleInput input;
        private final ArticleRow row;
        private final String authorName;
        private final InvalidArticleException refusal;

        private Checked(ArticleInput input, ArticleRow row, String authorName, InvalidArticleException refusal) {
            this.input = input;
            this.row = row;
            this.authorName = authorName;
            this.refusal = refusal;
        }

        public ArticleInput input() {
            return input;
        }

        /** Why the input cannot be saved; empty when it can. */
        public Optional<InvalidArticleException> refusal() {
            return Optional.ofNullable(refusal);
        }

        /** The row to store, with its author, and its status and publish time as of {@code now}. */
        private ArticleRow row(Author author, Instant now) {
            Instant publishedAt = row.publishedAt() == null ? now : row.publishedAt();
            // "Published" with a time still to come is a schedule: the publishing job makes it public then.
            ArticleStatus status = row.status() == ArticleStatus.PUBLISHED && publishedAt.isAfter(now)
                    ? ArticleStatus.SCHEDULED : row.status();
            return new ArticleRow(row.externalId(), row.slug(), row.title(), row.kicker(), row.excerpt(), row.bodyHtml(),
                    status, author == null ? null : author.id(), publishedAt, row.featuredMediaId(), row.commentsOpen());
        }
    }

    /** What became of one input of {@link #saveAll} or {@link #saveChecked}: saved, or refused with its problems and nothing written. */
    public record Outcome(ArticleInput input, Saved saved, InvalidArticleException refusal) {

        public boolean isSaved() {
            return saved != null;
        }
    }

    /**
     * Validates and cleans an input without writing anything; safe on any thread.
     */
    public Checked check(ArticleInput input) {
        try {
            Prepared prepared = prepare(input);
            return new Checked(input, prepared.row(), prepared.authorName(), null);
        } catch (InvalidArticleException refused) {
            return new Checked(input, null, null, refused);
        }
    }

    /** {@link #check}s each input, then {@link #saveChecked saves} them together. */
    @Transactional
    public List<Outcome> saveAll(List<ArticleInput> inputs) {
        return saveChecked(inputs.stream().map(this::check).toList());
    }

    /**
     * Saves many articles in one transaction, as {@link #save} saves one (created, or updated when
     * the external id is known; with lists, a revision and a change-log entry each), with few
     * statements: new articles, their lists, their revisions and their change-log entries are each
     * written many rows at a time. An input that was refused is reported as such, in its place, and
     * the others are saved. Answers one outcome per input, in order.
     */
    @Transactional
    public List<Outcome> saveChecked(List<Checked> batch) {
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[batch.size()];
        List<String> externalIds = batch.stream().filter(c -> c.refusal == null && c.row.externalId() != null)
                .map(c -> c.row.externalId()).distinct().toList();
        Map<String, Long> known = new HashMap<>(articles.findIdsByExternalIds(externalIds));
        Map<String, Author> authorByName = new HashMap<>();
        Set<String> sectionNames = new HashSet<>();
        Set<String> tagNames = new HashSet<>();
        Set<String> fresh = new HashSet<>();
        List<Integer> created = new ArrayList<>();
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Checked checked = batch.get(i);
            if (checked.refusal != null) {
                outcomes[i] = new Outcome(checked.input, null, checked.refusal);
                continue;
            }
            String externalId = checked.row.externalId();
            // Known already, or a second time in this batch: saved after the new ones, as an update.
            if (externalId != null && (known.containsKey(externalId) || !fresh.add(externalId))) {
                later.add(i);
                continue;
            }
            created.add(i);
            if (checked.authorName != null) {
                authorByName.computeIfAbsent(checked.authorName, authors::ensure);
            }
            sectionNames.addAll(checked.input.sections());
            tagNames.addAll(checked.input.tags());
        }
        if (!created.isEmpty()) {
            Map<String, Section> sectionByName = sections.ensureByName(sectionNames);
            Map<String, Tag> tagByName = tags.ensureByName(tagNames);
            List<ArticleRow> rows = new ArrayList<>(created.size());
            for (int i : created) {
                Checked checked = batch.get(i);
                rows.add(checked.row(checked.authorName == null ? null : authorByName.get(checked.authorName), now));
            }
            List<Long> ids = articles.insertAll(rows, null, now);
            List<ArticleRepository.Lists> lists = new ArrayList<>(created.size());
            List<RevisionRepository.Snapshot> snapshots = new ArrayList<>(created.size());
            List<ChangeLog.Entry> changes = new ArrayList<>(created.size());
            for (int n = 0; n < created.size(); n++) {
                int i = created.get(n);
                Checked checked = batch.get(i);
                ArticleRow row = rows.get(n);
                long id = ids.get(n);
                List<Section> sectionList = labels(checked.input.sections(), sectionByName, Section::id);
                List<Tag> tagList = labels(checked.input.tags(), tagByName, Tag::id);
                lists.add(new ArticleRepository.Lists(id, sectionList, tagList, row.listedAt()));
                snapshots.add(new RevisionRepository.Snapshot(id, 1, row, sectionList.stream().map(Section::name).toList(),
                        tagList.stream().map(Tag::name).toList(),
                        checked.authorName == null ? null : authorByName.get(checked.authorName).name()));
                changes.add(new ChangeLog.Entry(ENTITY, id, row.status().listed() ? "created" : Change.STAFF_ONLY));
                if (row.externalId() != null) {
                    known.put(row.externalId(), id);
                }
                outcomes[i] = new Outcome(checked.input, new Saved(id, true, 1, row.slug()), null);
            }
            articles.insertLists(lists);
            revisions.recordAll(snapshots, RevisionKind.IMPORT, null, now);
            changeLog.appendAll(changes);
        }
        for (int i : later) {
            Checked checked = batch.get(i);
            long id = known.get(checked.row.externalId());
            outcomes[i] = new Outcome(checked.input, write(id, articles.findState(id), checked, null, RevisionKind.IMPORT,
                    null), null);
        }
        return List.of(outcomes);
    }

    /** The labels of these names, in order, each once (two spellings may name one label). */
    private static <T> List<T> labels(List<String> names, Map<String, T> byName, ToLongFunction<T> id) {
        List<T> found = new ArrayList<>(names.size());
        Set<Long> seen = new HashSet<>();
        for (String name : names) {
            T label = byName.get(name);
            if (label != null && seen.add(id.applyAsLong(label))) {
                found.add(label);
            }
        }
        return found;
    }

    /**
     * Re-links "اقرأ أيضاً" embeds that named an article by an external id not known when they were
     * saved (an import whose target comes later in the file). Returns how many bodies changed.
     */
    @Transactional
    public int resolvePendingEmbeds() {
        int changed = 0;
        for (long id : articles.findIdsWithUnresolvedEmbeds()) {
            String body = articles.findById(id).orElseThrow().bodyHtml();
            String resolved = ArticleHtml.sanitize(body, articles::findIdByExternalId, media::findById);
            if (!resolved.equals(body)) {
                articles.updateBody(id, resolved);
                changeLog.append(ENTITY, id, "updated");
                changed++;
            }
        }
        return changed;
    }

    /**
     * Rewrites an article's stored body (an import pointing its links at their new addresses once
     * every target is in), sanitised again like any save; no revision, as the text did not change.
     * Returns whether the body changed.
     */
    @Transactional
    public boolean rewriteBody(long id, UnaryOperator<String> rewrite) {
        String body = articles.findBody(id).orElseThrow(() -> new ArticleNotFoundException(id));
        String rewritten = ArticleHtml.sanitize(rewrite.apply(body), articles::findIdByExternalId, media::findById);
        if (rewritten.equals(body)) {
            return false;
        }
        articles.updateBody(id, rewritten);
        changeLog.append(ENTITY, id, "updated");
        return true;
    }

    /** A row checked and cleaned (without its author yet), and the byline's name as given. */
    private record Prepared(ArticleRow row, String authorName) {
    }

    private Prepared prepare(ArticleInput input) {
        List<Problem> problems = new ArrayList<>();
        String title = blankToNull(input.title());
        if (title == null) {
            problems.add(new Problem("title", "article.error.title-required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new Problem("title", "article.error.title-too-long", TITLE_MAX));
        }
        String body = null;
        Element cleanBody = null;
        if (input.bodyHtml() == null || input.bodyHtml().isBlank()) {
            problems.add(new Problem("body", "article.error.body-required"));
        } else if (input.bodyHtml().length() > BODY_MAX) {
            problems.add(new Problem("body", "article.error.body-too-long", BODY_MAX));
        } else {
            ArticleHtml.Clean clean = ArticleHtml.clean(input.bodyHtml(), articles::findIdByExternalId, media::findById);
            body = clean.html();
            cleanBody = clean.body();
            if (body.isBlank()) {
                problems.add(new Problem("body", "article.error.body-empty-after-cleaning"));
            }
        }
        String kicker = blankToNull(input.kicker());
        if (kicker != null && kicker.length() > KICKER_MAX) {
            problems.add(new Problem("kicker", "article.error.kicker-too-long", KICKER_MAX));
        }
        String excerpt = blankToNull(input.excerpt());
        if (excerpt != null && excerpt.length() > EXCERPT_MAX) {
            problems.add(new Problem("excerpt", "article.error.excerpt-too-long", EXCERPT_MAX));
        }
        String externalId = blankToNull(input.externalId());
        if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
            problems.add(new Problem("external_id", "article.error.external-id-too-long", EXTERNAL_ID_MAX));
        }
        if (input.sections().size() > SECTIONS_MAX) {
            problems.add(new Problem("sections", "article.error.too-many-sections", SECTIONS_MAX));
        }
        if (input.tags().size() > TAGS_MAX) {
            problems.add(new Problem("tags", "article.error.too-many-tags", TAGS_MAX));
        }
        if (input.featuredMediaId() != null && media.findById(input.featuredMediaId()).isEmpty()) {
            problems.add(new Problem("featuredMediaId", "article.error.featured-missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        String slug = Slugs.slugify(blankToNull(input.slug()) != null ? input.slug() : title, SLUG_MAX);
        if (slug.isEmpty()) {
            slug = Slugs.slugify(title, SLUG_MAX);
        }
        if (slug.isEmpty()) {
            slug = "article";
        }
        if (excerpt == null) {
            excerpt = Excerpts.fromHtml(cleanBody, GENERATED_EXCERPT_LENGTH);
        }
        // The author, the publish time and whether that makes a schedule are settled when writing.
        return new Prepared(new ArticleRow(externalId, slug, title, kicker, excerpt, body, input.status(), null,
                input.publishedAt(), input.featuredMediaId(), input.commentsOpen()), blankToNull(input.author()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
