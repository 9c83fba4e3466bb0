package org.akhbar.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.article.ArticleRepository.Neighbour;
import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "مقالات ذات صلة". The search module ranks them by content similarity when an article is published
 * or changed and stores them here ({@link #store}), so the article page reads a short list and runs
 * no search. Until that list exists (a story just saved, or one nothing resembles), the page falls
 * back to the articles sharing the most tags, then sections, newest first.
 *
 * <p>The fallback considers only the newest {@value #CANDIDATES_PER_LIST} articles of each of the
 * article's tags and sections, so its cost does not grow with the archive.
 */
@Component
public class RelatedArticles {

    /** The change-log entity of a stored list (search ignores it). */
    public static final String ENTITY = "related";

    static final int CANDIDATES_PER_LIST = 15;
    private static final int TAG_WEIGHT = 3;

    private final ArticleRepository articles;
    private final RelatedArticleRepository stored;
    private final ChangeLog changeLog;

    RelatedArticles(ArticleRepository articles, RelatedArticleRepository stored, ChangeLog changeLog) {
        this.articles = articles;
        this.stored = stored;
        this.changeLog = changeLog;
    }

    private static final class Score {
        int value;
        Instant publishedAt;
        long id;
    }

    /**
     * Stores ranked lists (article id to related ids, best first). Lists that did not change write
     * nothing, so several nodes ranking the same article do not churn the caches.
     */
    @Transactional
    public void store(Map<Long, List<Long>> lists) {
        lists.forEach((articleId, relatedIds) -> {
            if (stored.replace(articleId, relatedIds)) {
                // Logged, but not as a change readers see: emptying every cache a second after each
                // publication (when the ranking lands) would cost more than it shows. Pages pick the
                // new list up as their cached copies expire (akhbar.cache.time-to-live).
                changeLog.append(ENTITY, articleId, Change.STAFF_ONLY);
            }
        });
    }

    /** The ids of the {@code limit} most related articles, best first (some may not be published). */
    public List<Long> of(Article article, int limit, Instant now) {
        List<Long> ranked = stored.find(article.id());
        return ranked.isEmpty() ? byLabels(article, limit, now) : ranked.stream().limit(limit).toList();
    }

    /** The fallback: articles sharing the most tags, then sections, newest first. */
    List<Long> byLabels(Article article, int limit, Instant now) {
        Map<Long, Score> scores = new HashMap<>();
        for (Neighbour neighbour : articles.neighbours(article, CANDIDATES_PER_LIST, now)) {
            Score score = scores.computeIfAbsent(neighbour.id(), id -> new Score());
            score.value += neighbour.viaTag() ? TAG_WEIGHT : 1;
            score.publishedAt = neighbour.publishedAt();
            score.id = neighbour.id();
        }
        return scores.values().stream()
                .sorted(Comparator.<Score>comparingInt(s -> s.value).reversed()
                        .thenComparing(s -> s.publishedAt, Comparator.reverseOrder())
                        .thenComparing(s -> s.id, Comparator.reverseOrder()))
                .limit(limit)
                .map(s -> s.id)
                .toList();
    }
}
