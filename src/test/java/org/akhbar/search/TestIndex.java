package org.akhbar.search;

import java.time.Instant;
import java.util.List;

import org.akhbar.text.SpellingEquivalences;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An index in memory with a searcher over it, for tests of the search rules without a database. */
final class TestIndex implements AutoCloseable {

    final SearchIndex index = new SearchIndex(new ByteBuffersDirectory());
    final Spellings spellings = new Spellings();
    final Searcher searcher = new Searcher(index, spellings);
    final SimilarArticles similar = new SimilarArticles(index);

    TestIndex() {
        index.open();
    }

    TestIndex equivalences(String... lines) {
        spellings.replace(SpellingEquivalences.of(List.of(lines)));
        return this;
    }

    TestIndex add(long id, String title, String body, Instant publishedAt, List<String> tags, List<Long> sections) {
        index.put(new IndexedArticle(id, "ext-" + id, title, "", body, tags, sections, publishedAt,
                "/article/" + id + "/x"));
        return this;
    }

    TestIndex add(long id, String title, String body) {
        return add(id, title, body, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 3600), List.of(), List.of());
    }

    TestIndex ready() {
        index.commit(null, true);
        index.refresh();
        return this;
    }

    List<Long> ids(String query) {
        return search(new SearchRequest(query, null, null, null, SearchRequest.Order.RELEVANCE, 0, 10)).hits().stream()
                .map(SearchResults.Hit::id).toList();
    }

    SearchResults search(SearchRequest request) {
        return searcher.search(request);
    }

    @Override
    public void close() {
        index.close();
    }
}
