package org.akhbar.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.article.ArticleRepository.Neighbour;
import org.springframework.stereotype.Component;

/**
 * "مقالات ذات صلة": articles sharing the most tags, then sections, newest first.
 *
 * <p>Only the newest {@value #CANDIDATES_PER_LIST} articles of each of the article's tags and
 * sections are considered, so the cost does not grow with the archive. (The search issue replaces
 * this ranking with content similarity.)
 */
@Component
public class RelatedArticles {

    static final int CANDIDATES_PER_LIST = 15;
    private static final int TAG_WEIGHT = 3;

    private final ArticleRepository articles;

    RelatedArticles(ArticleRepository articles) {
        this.articles = articles;
    }

    private static final class Score {
        int value;
        Instant publishedAt;
        long id;
    }

    /** The ids of the {@code limit} most related published articles, best first. */
    public List<Long> of(Article article, int limit, Instant now) {
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
