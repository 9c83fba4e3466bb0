package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.akhbar.media.TestImages;
import org.akhbar.testing.Jobs;
import org.akhbar.testing.Jobs.Run;
import org.akhbar.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export-wordpress} writes a WXR that imports back: a site imported from WordPress,
 * exported, and imported into an empty site, exports the same again.
 */
@Tag("database")
class WordPressExportIntegrationTests {

    @TempDir
    Path files;

    @Test
    void importingTheExportIntoAnEmptySiteReproducesTheSite() throws Exception {
        Path uploads = Files.createDirectories(files.resolve("uploads/2019/05")).getParent().getParent();
        Files.write(uploads.resolve("2019/05/photo.jpg"), TestImages.jpeg(640, 480));
        Path source = files.resolve("site.xml");
        try (InputStream in = WxrReaderTests.fixture("site.xml")) {
            Files.copy(in, source);
        }
        Map<String, String> first = TestDatabase.fresh();
        Map<String, String> second = TestDatabase.fresh();
        Path exported = files.resolve("first.xml");
        Path reexported = files.resolve("second.xml");

        Jobs.run(first, "import-wordpress", source.toString(), "--media-dir=" + uploads);
        Run export = Jobs.run(first, "export-wordpress", exported.toString());
        assertThat(export.out()).as(export.err()).contains("Exported 6 articles");

        Run imported = Jobs.run(second, "import-wordpress", exported.toString(),
                "--media-dir=" + Path.of(first.get("akhbar.data-dir"), "media"));
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).containsPattern("articles +6 created, +0 updated, +0 skipped")
                .containsPattern("attachments +1 created, +0 updated, +0 skipped")
                .containsPattern("sections +3 created")
                .containsPattern("comments +4 created, +0 updated, +0 skipped");
        assertThat(Jobs.run(second, "export-wordpress", reexported.toString()).exitCode()).isZero();

        Site before = Site.read(exported);
        Site after = Site.read(reexported);
        assertThat(after.posts()).isEqualTo(before.posts());
        assertThat(after.categories()).isEqualTo(before.categories());
        assertThat(after.authors()).isEqualTo(before.authors());
        assertThat(after.attachments()).isEqualTo(before.attachments()).isEqualTo(1);

        assertThat(before.categories()).contains("سياسة < أخبار");
        assertThat(before.posts()).hasSize(6);
        Post summit = before.posts().get("wordpress:news.example.com:20");
        assertThat(summit.title()).isEqualTo("قمة الرياض تختتم أعمالها");
        assertThat(summit.slug()).isEqualTo(WordPressMapping.wordpressSlug("قمة-الرياض-تختتم-أعمالها"));
        assertThat(summit.gmt()).isEqualTo("2019-05-03 10:20:30");
        assertThat(summit.status()).isEqualTo("publish");
        assertThat(summit.featured()).isTrue();
        assertThat(summit.terms()).containsExactly("category:سياسة", "post_tag:الرياض");
        assertThat(summit.content()).contains("wp-image-N", "href=\"/article/N/");
        assertThat(summit.comments()).containsExactly(
                "قارئ | reader@example.com | 2019-05-03 11:00:00 | خبر مهم، شكراً. | 1 | null",
                "سارة المحررة | sara@news.example.com | 2019-05-03 12:00:00 | شكراً لمتابعتك. | 0 | خبر مهم، شكراً.",
                "spammer | spam@example.net | 2019-05-03 13:00:00 | buy now | spam | null",
                "قارئ آخر |  | 2019-05-03 14:00:00 | تعليق محذوف | trash | شكراً لمتابعتك.");
        assertThat(before.posts().get("wordpress:news.example.com:26").status()).isEqualTo("pending");
        assertThat(before.posts().get("wordpress:news.example.com:23").status()).isEqualTo("future");
    }

    /** What of a post must survive the round trip; ids and storage keys are the new site's own. */
    record Post(String title, String slug, String status, String gmt, String excerpt, String creator,
            List<String> terms, String content, boolean featured, String commentStatus, List<String> comments) {
    }

    record Site(Map<String, Post> posts, Set<String> categories, Set<String> authors, int attachments) {

        static Site read(Path file) throws IOException, WxrException {
            Map<String, Post> posts = new TreeMap<>();
            Set<String> categories = new TreeSet<>();
            Set<String> authors = new TreeSet<>();
            Map<String, String> names = new HashMap<>();
            List<Wxr.Category> all = new ArrayList<>();
            int attachments = 0;
            try (InputStream in = Files.newInputStream(file); WxrReader reader = new WxrReader(in)) {
                Wxr.Entry entry;
                while ((entry = reader.next()) != null) {
                    switch (entry) {
                        case Wxr.Author a -> authors.add(a.login() + " " + a.displayName());
                        case Wxr.Category c -> {
                            all.add(c);
                            names.put(c.nicename(), c.name());
                        }
                        case Wxr.Item item when item.postType().equals("attachment") -> attachments++;
                        case Wxr.Item item -> posts.put(item.meta(WordPressMapping.EXTERNAL_ID_META), new Post(item.title(),
                                item.postName(), item.status(), item.postDateGmt(), item.excerpt(), item.creator(),
                                item.terms().stream().map(t -> t.domain() + ":" + t.name()).toList(),
                                item.content().replaceAll("/article/\\d+/", "/article/N/")
                                        .replaceAll("wp-image-\\d+", "wp-image-N")
                                        .replaceAll("/media/[^/\"]+/", "/media/K/"),
                                item.meta("_thumbnail_id") != null, item.commentStatus(), comments(item)));
                        default -> {
                        }
                    }
                }
            }
            for (Wxr.Category c : all) {
                categories.add(c.name() + (c.parent().isEmpty() ? "" : " < " + names.get(c.parent())));
            }
            return new Site(posts, categories, authors, attachments);
        }

        /** Each comment with what it answers by text, since ids are each site's own. */
        private static List<String> comments(Wxr.Item item) {
            Map<String, String> texts = new HashMap<>();
            item.comments().forEach(c -> texts.put(c.id(), c.content()));
            return item.comments().stream().map(c -> String.join(" | ", c.author(), c.email(), c.dateGmt(), c.content(),
                    c.approved(), String.valueOf(texts.get(c.parent())))).toList();
        }
    }
}
