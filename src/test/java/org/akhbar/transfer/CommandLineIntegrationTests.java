package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.akhbar.testing.Jobs;
import org.akhbar.testing.Jobs.Run;
import org.akhbar.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line jobs as an operator runs them: {@code java -jar akhbar.jar import|export FILE}
 * with the same options as the site, each job a whole application start without a web server.
 */
@Tag("database")
class CommandLineIntegrationTests {

    @TempDir
    Path files;

    private static Run run(Map<String, String> database, String... command) {
        return Jobs.run(database, command);
    }

    private Path fixture() throws IOException {
        Path file = files.resolve("fixture.jsonl");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonLinesImportIntegrationTests.FIXTURE)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void exportThenImportIntoAnEmptySiteRoundTrips() throws IOException {
        Map<String, String> first = TestDatabase.fresh();
        Map<String, String> second = TestDatabase.fresh();
        Path exported = files.resolve("first.jsonl");
        Path reexported = files.resolve("second.jsonl");

        Run imported = run(first, "import", fixture().toString());
        assertThat(imported.out()).contains("3 created, 0 updated, 9 skipped");
        assertThat(imported.err()).contains("line 3: ", "line 13: ");
        assertThat(run(first, "export", exported.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(exported)).hasSize(3);

        Run reimported = run(second, "import", exported.toString());
        assertThat(reimported.exitCode()).as(reimported.err()).isZero();
        assertThat(reimported.out()).contains("3 created, 0 updated, 0 skipped");
        assertThat(run(second, "export", reexported.toString()).exitCode()).isZero();

        assertThat(Files.readString(reexported)).isEqualTo(Files.readString(exported));
        assertThat(Files.readString(exported))
                .contains("\"external_id\":\"fixture-1\"")
                .contains("<aside data-article-external-id=\\\"fixture-2\\\"></aside>");
    }

    @Test
    void anImportWithSkippedLinesExitsWithOne() throws IOException {
        assertThat(run(TestDatabase.fresh(), "import", fixture().toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingFileOrWrongUsageIsExplained() {
        Map<String, String> database = TestDatabase.fresh();
        Run missing = run(database, "import", files.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("No such file");

        Run unknown = run(database, "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown command: frobnicate", "import FILE.jsonl", "export FILE.jsonl");

        assertThat(run(database, "import").err()).contains("Usage: import FILE.jsonl");
    }
}
