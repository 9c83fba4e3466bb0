package org.akhbar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.akhbar.testing.Jobs;
import org.akhbar.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar akhbar.jar reindex}: the index rebuilt from the database, with its progress. */
@Tag("database")
class ReindexCommandIntegrationTests {

    @TempDir
    Path files;

    private Map<String, String> databaseWithArticles() throws Exception {
        Map<String, String> database = TestDatabase.fresh();
        Path lines = files.resolve("articles.jsonl");
        Files.writeString(lines, """
                {"title":"أردوغان يزور القاهرة","body":"زيارة رسمية تستمر يومين","sections":["شؤون دولية"]}
                {"title":"الحكومة تعلن موازنة جديدة","body":"موازنة العام المقبل"}
                {"title":"مسودة لم تنشر بعد","body":"نص","status":"draft"}
                """);
        assertThat(Jobs.run(database, "import", lines.toString()).exitCode()).isZero();
        return database;
    }

    private static Searcher searcherOver(SearchIndex index) {
        return new Searcher(index, new Spellings());
    }

    private static long found(Searcher searcher, String q) {
        return searcher.search(new SearchRequest(q, null, null, null, SearchRequest.Order.RELEVANCE, 0, 10)).total();
    }

    @Test
    void rebuildsThePublishedArticlesIntoTheIndex() throws Exception {
        Map<String, String> database = databaseWithArticles();
        Jobs.Run run = Jobs.run(database, "reindex", "--related");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Indexing 2 published articles", "Indexed 2 articles", "articles/s",
                "Merged the index into one segment", "Ranked related articles of 2 articles");

        try (SearchIndex index = new SearchIndex(Path.of(database.get("akhbar.data-dir"), "index"))) {
            assertThat(index.open()).as("a finished build needs no rebuild").isFalse();
            index.refresh();
            Searcher searcher = searcherOver(index);
            assertThat(found(searcher, "اردوغان")).isEqualTo(1);
            assertThat(found(searcher, "حكومه")).isEqualTo(1);
            assertThat(found(searcher, "مسودة")).isZero();
        }
    }

    @Test
    void refusesWhileAnotherProcessHoldsTheIndex() throws Exception {
        Map<String, String> database = databaseWithArticles();
        try (SearchIndex running = new SearchIndex(Path.of(database.get("akhbar.data-dir"), "index"))) {
            running.open();
            Jobs.Run run = Jobs.run(database, "reindex");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("in use");
        }
    }
}
