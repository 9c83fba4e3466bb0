package org.akhbar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the index: what must be rebuilt, and what happens to one that cannot be read. */
class SearchIndexTests {

    @TempDir
    Path dir;

    private static IndexedArticle article(long id) {
        return new IndexedArticle(id, null, "القاهرة " + id, "", "نص", List.of(), List.of(), Instant.now(), "/article/" + id);
    }

    @Test
    void aMissingIndexIsToBeBuilt() {
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.open()).isTrue();
            assertThat(index.isComplete()).isFalse();
        }
    }

    @Test
    void aCompletedBuildIsKeptAcrossRestartsWithItsPlaceInTheChangeLog() {
        Instant until = Instant.parse("2026-11-29T10:00:00Z");
        try (SearchIndex index = new SearchIndex(dir)) {
            index.open();
            index.put(article(1));
            index.commit(until, true);
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.open()).isFalse();
            assertThat(index.isComplete()).isTrue();
            assertThat(index.changesUntil()).contains(until);
        }
    }

    @Test
    void aBuildThatNeverFinishedIsToBeBuiltAgain() {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.open();
            index.put(article(1));
            index.commit(null, false);
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.open()).isTrue();
        }
    }

    @Test
    void anUnreadableIndexStartsAfreshAndIsToBeBuilt() throws Exception {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.open();
            index.put(article(1));
            index.commit(null, true);
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "not an index".getBytes());
            }
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.open()).isTrue();
            index.put(article(2));
            index.commit(null, true);
            index.refresh();
            Searcher searcher = new Searcher(index, new Spellings());
            assertThat(searcher.search(new SearchRequest("القاهرة", null, null, null, SearchRequest.Order.RELEVANCE, 0, 10))
                    .hits()).extracting(SearchResults.Hit::id).containsExactly(2L);
        }
    }

    @Test
    void anIndexOfAnEarlierFormatStartsAfreshAndIsToBeBuilt() throws Exception {
        // As the first format wrote it: a body without offsets, marked complete, no format noted.
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.ANALYZER))) {
            Document doc = new Document();
            doc.add(new StringField(SearchIndex.ID, "1", Field.Store.YES));
            doc.add(new TextField(SearchIndex.BODY, "القاهرة", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("complete", "true").entrySet());
            writer.commit();
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.open()).isTrue();
            index.put(new IndexedArticle(2, null, "خبر", "", "وصل الوفد إلى القاهرة أمس", List.of(), List.of(),
                    Instant.now(), "/article/2"));
            index.commit(null, true);
            index.refresh();
            SearchResults found = new Searcher(index, new Spellings()).search(
                    new SearchRequest("القاهرة", null, null, null, SearchRequest.Order.RELEVANCE, 0, 10));
            assertThat(found.hits()).extracting(SearchResults.Hit::id).containsExactly(2L);
            assertThat(found.hits().getFirst().snippet().html()).contains("<mark>القاهرة</mark>");
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.open()).isFalse();
        }
    }

    @Test
    void compactingLeavesOneSegmentWithEveryArticle() {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.open();
            for (long id = 1; id <= 3; id++) {
                index.put(article(id));
                index.commit(null, false);
            }
            index.refresh();
            assertThat(segments(index)).isEqualTo(3);
            index.compact();
            index.commit(null, true);
            index.refresh();
            assertThat(segments(index)).isEqualTo(1);
            assertThat(new Searcher(index, new Spellings()).search(new SearchRequest("القاهرة", null, null, null,
                    SearchRequest.Order.RELEVANCE, 0, 10)).total()).isEqualTo(3);
        }
    }

    private static int segments(SearchIndex index) {
        return index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    @Test
    void aSecondWriterIsToldTheIndexIsInUse() {
        try (SearchIndex first = new SearchIndex(dir); SearchIndex second = new SearchIndex(dir)) {
            first.open();
            assertThatThrownBy(second::open).isInstanceOf(SearchIndex.IndexInUseException.class);
        }
    }
}
