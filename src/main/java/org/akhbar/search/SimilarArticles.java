package org.akhbar.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Component;

/**
 * Ranks the articles most like a given one, for its "مقالات ذات صلة": Lucene's MoreLikeThis over the
 * title, body and tags (the same Arabic analysis as search, so الانتخابات and انتخابية count as one
 * word), then a preference for stories close in time, so the rest of the same story beats an older
 * one on the same subject: the score is multiplied by a factor falling from 1 to
 * {@value #OLDEST_FACTOR} as the time between the two grows past {@link #HALF_LIFE}.
 */
@Component
class SimilarArticles {

    static final int COUNT = 6;
    private static final int CANDIDATES = 30;
    private static final Duration HALF_LIFE = Duration.ofDays(30);
    private static final double OLDEST_FACTOR = 0.5;
    /** Candidates scoring under this share of the best are not related, only alike in a word or two. */
    private static final double RELATIVE_FLOOR = 0.2;

    private final SearchIndex index;

    SimilarArticles(SearchIndex index) {
        this.index = index;
    }

    private record Candidate(long id, double score) {
    }

    /** The ids of the articles most like {@code articleId}, best first; empty if it is not indexed. */
    List<Long> of(long articleId) {
        return index.withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(new Term(SearchIndex.ID, Long.toString(articleId))), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = self.scoreDocs[0].doc;
            long at = value(searcher, SearchIndex.PUBLISHED, doc);
            Query like = likeThis(searcher, doc);
            if (like == null) {
                return List.of();
            }
            Query others = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SearchIndex.ID, Long.toString(articleId))), BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(others, CANDIDATES);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            double best = top.scoreDocs[0].score;
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                if (hit.score < best * RELATIVE_FLOOR) {
                    continue;
                }
                double days = Math.abs(value(searcher, SearchIndex.PUBLISHED, hit.doc) - at)
                        / (double) Duration.ofDays(1).toMillis();
                double closeness = Math.pow(0.5, days / HALF_LIFE.toDays());
                double factor = OLDEST_FACTOR + (1 - OLDEST_FACTOR) * closeness;
                long id = value(searcher, SearchIndex.ID_VALUE, hit.doc);
                candidates.add(new Candidate(id, hit.score * factor));
            }
            return candidates.stream()
                    .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                    .limit(COUNT)
                    .map(Candidate::id)
                    .toList();
        });
    }

    private static Query likeThis(IndexSearcher searcher, int doc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(SearchIndex.ANALYZER);
        mlt.setFieldNames(new String[] {SearchIndex.TITLE, SearchIndex.BODY, SearchIndex.TAGS});
        mlt.setMinTermFreq(1);
        // A word only this article has says nothing about which others are like it.
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        Query query = mlt.like(doc);
        if (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            return null;
        }
        return query;
    }

    /** A numeric doc value of a document: cheap, unlike loading its stored fields (the whole text). */
    private static long value(IndexSearcher searcher, String field, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(field);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Document " + doc + " has no " + field);
        }
        return values.longValue();
    }
}
