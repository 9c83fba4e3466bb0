package org.akhbar.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.RelatedArticles;
import org.springframework.stereotype.Component;

/**
 * The writes to the index, shared by the node's follower ({@link IndexFeeder}) and the
 * {@code reindex} job: articles read from the database and indexed if published, removed otherwise;
 * a full build a chunk at a time; and the related articles ranked afresh and handed to the article
 * module to store.
 */
@Component
class IndexUpdates {

    /** Neighbours whose lists are ranked again when an article changes: the cost stays bounded. */
    static final int NEIGHBOURS_REFRESHED = 3;
    private static final int NEIGHBOURS_PER_BATCH = 100;

    private final SearchIndex index;
    private final ArticleRepository articles;
    private final RelatedArticles related;
    private final SimilarArticles similar;
    private final Clock clock;

    IndexUpdates(SearchIndex index, ArticleRepository articles, RelatedArticles related, SimilarArticles similar,
            Clock clock) {
        this.index = index;
        this.articles = articles;
        this.related = related;
        this.similar = similar;
        this.clock = clock;
    }

    /**
     * Indexes the published ones among these articles and removes the others. Returns the ids now
     * indexed. Not yet visible to searches: see {@link #publish}.
     */
    List<Long> apply(Collection<Long> ids) {
        Instant now = clock.instant();
        List<Long> indexed = new java.util.ArrayList<>();
        for (long id : ids) {
            Optional<Article> article = articles.findPublishedById(id, now);
            if (article.isPresent()) {
                index.put(IndexedArticle.of(article.get()));
                indexed.add(id);
            } else {
                index.delete(id);
            }
        }
        return indexed;
    }

    /** Indexes up to {@code limit} published articles after {@code afterId}, in id order; returns their ids (none: done). */
    List<Long> buildChunk(long afterId, int limit) {
        List<Article> chunk = articles.findPublishedAfter(afterId, limit, clock.instant());
        chunk.forEach(article -> index.put(IndexedArticle.of(article)));
        return chunk.stream().map(Article::id).toList();
    }

    int countPublished() {
        return articles.countPublished(clock.instant());
    }

    /** Commits and lets searches see what was written; {@code changesUntil} as in {@link SearchIndex#commit}. */
    void publish(Instant changesUntil, boolean completed) {
        index.commit(changesUntil, completed);
        index.refresh();
    }

    /**
     * Ranks the related articles of these (indexed, visible) articles, and again those of their
     * closest neighbours so that a new story also shows under the ones it follows, then stores them.
     */
    void relate(Collection<Long> ids, boolean neighbours) {
        Map<Long, List<Long>> lists = new LinkedHashMap<>();
        Set<Long> refresh = new LinkedHashSet<>();
        for (long id : ids) {
            List<Long> ranked = similar.of(id);
            lists.put(id, ranked);
            if (neighbours && refresh.size() < NEIGHBOURS_PER_BATCH) {
                ranked.stream().limit(NEIGHBOURS_REFRESHED).forEach(refresh::add);
            }
        }
        refresh.removeAll(lists.keySet());
        refresh.forEach(id -> lists.put(id, similar.of(id)));
        lists.values().removeIf(List::isEmpty);
        if (!lists.isEmpty()) {
            related.store(lists);
        }
    }
}
