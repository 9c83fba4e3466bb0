package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.akhbar.AkhbarApplication;
import org.akhbar.platform.Commands;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * An import run from the command line while the site serves the same data: the job is another
 * process as far as the site knows, and its articles reach the site through the change log.
 */
@DatabaseTest
class ImportWhileSiteRunsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @TempDir
    Path files;

    @Test
    void theSiteShowsWhatAConcurrentImportWrote() throws IOException {
        Web web = new Web(port);
        web.get("/");
        String section = "قسم الاستيراد " + System.nanoTime();
        Path file = files.resolve("one.jsonl");
        Files.writeString(file, "{\"external_id\":\"while-running\",\"title\":\"خبر مستورد أثناء التشغيل\","
                + "\"body\":\"<p>نص</p>\",\"sections\":[\"" + section + "\"],\"published_at\":\"" + java.time.Instant.now().minusSeconds(60) + "\"}\n",
                StandardCharsets.UTF_8);

        List<String> args = List.of("import", file.toString(),
                "--akhbar.data-dir=" + environment.getProperty("akhbar.data-dir"),
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
        assertThat(Commands.run(AkhbarApplication.class, args.toArray(String[]::new))).isZero();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            var home = Jsoup.parse(web.get("/").body());
            assertThat(home.select("nav.sections-menu a").eachText()).contains(section);
            assertThat(home.select(".card-title a").eachText()).contains("خبر مستورد أثناء التشغيل");
        });
    }
}
