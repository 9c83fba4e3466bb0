package org.akhbar.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.akhbar.article.InvalidArticleException.Problem;
import org.akhbar.people.AuthorRepository;
import org.akhbar.platform.ChangeLog;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.taxonomy.TagRepository;
import org.akhbar.text.Excerpts;
import org.akhbar.text.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving articles: every save validates first, sanitises the body, creates missing sections, tags
 * and author, writes the article with its lists and appends to the change log, all in one
 * transaction. Bad input writes nothing.
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
    private final ChangeLog changeLog;
    private final Clock clock;

    ArticleService(ArticleRepository articles, SectionRepository sections, TagRepository tags,
            AuthorRepository authors, ChangeLog changeLog, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** What {@link #save} did. */
    public record Saved(long id, boolean created) {
    }

    /**
     * Creates the article, or updates the one with the same external id: re-importing a story
     * replaces it instead of adding a copy.
     */
    @Transactional
    public Saved save(ArticleInput input) {
        Optional<Long> existing = blankToNull(input.externalId()) == null ? Optional.empty()
                : articles.findIdByExternalId(input.externalId().strip());
        if (existing.isPresent()) {
            update(existing.get(), input);
            return new Saved(existing.get(), false);
        }
        return new Saved(create(input), true);
    }

    @Transactional
    public long create(ArticleInput input) {
        Instant now = clock.instant();
        ArticleRow row = prepare(input, now);
        long id = articles.insert(row, now);
        writeLists(id, input, row, true);
        changeLog.append(ENTITY, id, "created");
        return id;
    }

    @Transactional
    public void update(long id, ArticleInput input) {
        Instant now = clock.instant();
        ArticleRow row = prepare(input, now);
        articles.update(id, row, now);
        writeLists(id, input, row, false);
        changeLog.append(ENTITY, id, "updated");
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
            String resolved = ArticleHtml.sanitize(body, articles::findIdByExternalId);
            if (!resolved.equals(body)) {
                articles.updateBody(id, resolved);
                changeLog.append(ENTITY, id, "updated");
                changed++;
            }
        }
        return changed;
    }

    private void writeLists(long id, ArticleInput input, ArticleRow row, boolean fresh) {
        articles.replaceLists(id, sections.ensure(input.sections()), tags.ensure(input.tags()), row.listedAt(), fresh);
    }

    private ArticleRow prepare(ArticleInput input, Instant now) {
        List<Problem> problems = new ArrayList<>();
        String title = blankToNull(input.title());
        if (title == null) {
            problems.add(new Problem("title", "article.error.title-required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new Problem("title", "article.error.title-too-long", TITLE_MAX));
        }
        String body = null;
        if (input.bodyHtml() == null || input.bodyHtml().isBlank()) {
            problems.add(new Problem("body", "article.error.body-required"));
        } else if (input.bodyHtml().length() > BODY_MAX) {
            problems.add(new Problem("body", "article.error.body-too-long", BODY_MAX));
        } else {
            body = ArticleHtml.sanitize(input.bodyHtml(), articles::findIdByExternalId);
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
            excerpt = Excerpts.fromHtml(body, GENERATED_EXCERPT_LENGTH);
        }
        String authorName = blankToNull(input.author());
        Long authorId = authorName == null ? null : authors.ensure(authorName).id();
        Instant publishedAt = input.publishedAt() == null ? now : input.publishedAt();
        return new ArticleRow(externalId, slug, title, kicker, excerpt, body, input.status(), authorId, publishedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
