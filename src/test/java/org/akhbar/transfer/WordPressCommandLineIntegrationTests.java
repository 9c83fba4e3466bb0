package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.akhbar.AkhbarApplication;
import org.akhbar.testing.Jobs;
import org.akhbar.testing.Jobs.Run;
import org.akhbar.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-wordpress} and {@code export-wordpress} as an operator runs them, including an
 * import killed with {@code kill -9} half-way and run again.
 */
@Tag("database")
class WordPressCommandLineIntegrationTests {

    @TempDir
    Path files;

    private Path fixture(String name) throws IOException {
        Path file = files.resolve(name);
        try (InputStream in = WxrReaderTests.fixture(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void anImportReportsEachKindAndEachSkipWithItsLine() throws IOException {
        Map<String, String> database = TestDatabase.fresh();
        Run run = Jobs.run(database, "import-wordpress", fixture("site.xml").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).containsPattern("articles +6 created, +0 updated, +2 skipped")
                .containsPattern("authors +2 created")
                .contains("[contact-form-7] 1");
        assertThat(run.err()).containsPattern("line \\d+: Post 25: status \"trash\" is not imported")
                .contains("Attachment 10: no media folder was given (--media-dir).");
        assertThat(run.out()).containsPattern("comments +4 created, +0 updated, +0 skipped");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndNothingIsImported() throws IOException {
        Map<String, String> database = TestDatabase.fresh();
        Run run = Jobs.run(database, "import-wordpress", fixture("malformed.xml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("malformed.xml: line 19: ", "Nothing was imported");
        Path exported = files.resolve("empty.xml");
        assertThat(Jobs.run(database, "export-wordpress", exported.toString()).out()).contains("Exported 0 articles");
        assertThat(Files.readString(exported)).doesNotContain("قسم لا يجب أن يُنشأ");
    }

    @Test
    void wrongUsageIsExplained() throws IOException {
        Map<String, String> database = TestDatabase.fresh();
        Path export = fixture("site.xml");
        assertThat(Jobs.run(database, "import-wordpress").err()).contains("Usage: import-wordpress EXPORT.xml");
        assertThat(Jobs.run(database, "import-wordpress", files.resolve("nope.xml").toString()).err()).contains("No such file");
        assertThat(Jobs.run(database, "import-wordpress", export.toString(), "--media-dir", files.resolve("none").toString()).err())
                .contains("No such directory");
    }

    /**
     * The import runs in a JVM of its own, is killed (SIGKILL) while it writes posts, and is run
     * again: every post is then there once, each with all its sections and tags.
     */
    @Test
    void anImportKilledHalfWayFinishesOnASecondRunWithNothingDuplicated() throws Exception {
        int posts = 4000;
        Path export = files.resolve("generated.xml");
        GeneratedWxr.write(export, posts);
        Map<String, String> database = TestDatabase.fresh();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AkhbarApplication.class.getName(),
                "import-wordpress", export.toString()));
        command.addAll(TestDatabase.asOptions(database));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(files.resolve("child.log").toFile()).start();
        // Killed as soon as its first posts are in: the file is far from done then, even on a fast machine.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline) && child.isAlive() && count(database, "select count(*) from article") == 0) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the import should still be running: " + Files.readString(files.resolve("child.log"))).isTrue();
        child.destroyForcibly();   // SIGKILL: no shutdown hook, no rollback from the JVM
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = count(database, "select count(*) from article");
        assertThat(afterKill).isBetween(1L, (long) posts - 1);
        // whole posts only: every article written has both its sections, both its tags and its comment
        assertThat(count(database, "select count(*) from article_section")).isEqualTo(afterKill * 2);
        assertThat(count(database, "select count(*) from article_tag")).isEqualTo(afterKill * 2);
        assertThat(count(database, "select count(*) from article_comment")).isEqualTo(afterKill);

        Run again = Jobs.run(database, "import-wordpress", export.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern(String.format(Locale.ROOT, "articles +%,d created, +%,d updated, +0 skipped",
                posts - afterKill, afterKill));
        assertThat(count(database, "select count(*) from article")).isEqualTo(posts);
        assertThat(count(database, "select count(distinct external_id) from article")).isEqualTo(posts);
        assertThat(count(database, "select count(*) from article_section")).isEqualTo(posts * 2L);
        assertThat(count(database, "select count(*) from section")).isEqualTo(5);
        assertThat(count(database, "select count(*) from account")).isEqualTo(1);
        assertThat(count(database, "select count(*) from article_comment")).isEqualTo(posts);
        // every link to the post before now points at its new address
        assertThat(count(database, "select count(*) from article where body_html like '%generated.example.com%'")).isZero();
    }

    private static long count(Map<String, String> database, String sql) throws SQLException {
        String url = database.getOrDefault("spring.datasource.url",
                "jdbc:sqlite:" + database.get("akhbar.data-dir") + "/akhbar.db");
        try (Connection connection = DriverManager.getConnection(url, database.get("spring.datasource.username"),
                database.get("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException notYet) {
                if (notYet.getMessage().contains("no such table") || notYet.getMessage().contains("does not exist")) {
                    return 0;   // the child has not run its migrations yet
                }
                throw notYet;
            }
        }
    }
}
