package org.akhbar.article;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaRepository;
import org.akhbar.platform.ContentCache;
import org.akhbar.platform.ContentCaches;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.Slice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Published articles as reader pages read them: through fragment caches that follow the change
 * log, so a page that is not in the page cache still reads little from the database. What is
 * published is decided by the repository when an entry is loaded; publishing a scheduled article
 * is a change like any other, so it empties these caches on every node.
 */
@Component
public class ArticleReader {

    private static final int SUMMARY_WEIGHT = 1_000;

    /** One page of a list, as asked for. */
    private record PageKey(Listing listing, Cursor after, int limit) {
    }

    private record RelatedKey(long articleId, int limit) {
    }

    private final ArticleRepository articles;
    private final RelatedArticles related;
    private final Clock clock;
    private final ContentCache<Long, Optional<Article>> byId;
    private final ContentCache<Long, Optional<ArticleSummary>> summaries;
    private final ContentCache<RelatedKey, List<Long>> relatedIds;
    private final ContentCache<PageKey, Slice<ArticleSummary>> pages;
    private final ContentCache<Long, List<ArticleNote>> notes;
    private final NoteRepository noteRepository;
    private final ContentCache<Long, Optional<MediaImage>> images;
    private final MediaRepository media;

    ArticleReader(ArticleRepository articles, RelatedArticles related, NoteRepository noteRepository,
            MediaRepository media, Clock clock, ContentCaches caches,
            @Value("${akhbar.cache.data.max-size:128MB}") DataSize maxSize) {
        this.articles = articles;
        this.media = media;
        this.noteRepository = noteRepository;
        this.related = related;
        this.clock = clock;
        long budget = maxSize.toBytes();
        this.byId = caches.create(budget / 2, (Long id, Optional<Article> article) ->
                article.map(a -> 2 * a.bodyHtml().length() + 2_000).orElse(100));
        this.summaries = caches.create(budget / 4, (Long id, Optional<ArticleSummary> summary) -> SUMMARY_WEIGHT);
        this.relatedIds = caches.create(budget / 16, (RelatedKey key, List<Long> ids) -> 100 + 16 * ids.size());
        this.pages = caches.create(budget / 8, (PageKey key, Slice<ArticleSummary> slice) ->
                100 + SUMMARY_WEIGHT * slice.items().size());
        this.images = caches.create(budget / 64, (Long id, Optional<MediaImage> image) -> 1_000);
        this.notes = caches.create(budget / 64, (Long id, List<ArticleNote> list) ->
                100 + list.stream().mapToInt(n -> 2 * n.body().length() + 100).sum());
    }

    /** The article, if it is published. */
    public Optional<Article> article(long id) {
        return byId.get(id, key -> articles.findPublishedById(key, clock.instant()));
    }

    /** The published ones among these articles, in the order given (two queries for all that are not cached). */
    public List<Article> articles(List<Long> ids) {
        Map<Long, Optional<Article>> found = byId.getAll(ids, missing -> {
            Map<Long, Article> loaded = articles.findPublishedByIds(missing, clock.instant()).stream()
                    .collect(Collectors.toMap(Article::id, Function.identity()));
            Map<Long, Optional<Article>> all = new LinkedHashMap<>();
            missing.forEach(id -> all.put(id, Optional.ofNullable(loaded.get(id))));
            return all;
        });
        return ids.stream().map(found::get).flatMap(Optional::stream).toList();
    }

    /** A featured image, if it is still in the library. */
    public Optional<MediaImage> image(long mediaId) {
        return images.get(mediaId, media::findById);
    }

    /** Whether the article was published once and taken off the site (not cached: rare). */
    public boolean wasUnpublished(long id) {
        return articles.isUnpublished(id);
    }

    /** The correction and update notes under an article, oldest first. */
    public List<ArticleNote> notes(long articleId) {
        return notes.get(articleId, noteRepository::findByArticle);
    }

    /** The published ones among these articles, by id. */
    public Map<Long, ArticleSummary> summaries(Collection<Long> ids) {
        Map<Long, Optional<ArticleSummary>> found = summaries.getAll(ids, missing -> {
            Map<Long, ArticleSummary> loaded = articles.findPublishedSummaries(missing, clock.instant()).stream()
                    .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
            Map<Long, Optional<ArticleSummary>> all = new LinkedHashMap<>();
            missing.forEach(id -> all.put(id, Optional.ofNullable(loaded.get(id))));
            return all;
        });
        Map<Long, ArticleSummary> published = new LinkedHashMap<>();
        found.forEach((id, summary) -> summary.ifPresent(s -> published.put(id, s)));
        return published;
    }

    /** The ids of the most related published articles, best first (see {@link RelatedArticles}). */
    public List<Long> related(Article article, int limit) {
        return relatedIds.get(new RelatedKey(article.id(), limit), key -> related.of(article, limit, clock.instant()));
    }

    /** A page of a list (see {@link ArticleRepository#page}). */
    public Slice<ArticleSummary> page(Listing listing, Cursor after, int limit) {
        return pages.get(new PageKey(listing, after, limit), key -> articles.page(listing, after, limit, clock.instant()));
    }

    /** A list rebuilt down to a cursor (see {@link ArticleRepository#pageThrough}); not cached, it is rare. */
    public Slice<ArticleSummary> pageThrough(Listing listing, Cursor through, int limit) {
        return articles.pageThrough(listing, through, limit, clock.instant());
    }
}
