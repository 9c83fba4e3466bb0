package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WxrReaderTests {

    static final String FIXTURES = "transfer/wordpress/";

    static InputStream fixture(String name) {
        InputStream in = WxrReaderTests.class.getClassLoader().getResourceAsStream(FIXTURES + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static List<Wxr.Entry> readAll(InputStream in) throws WxrException {
        return readAll(new WxrReader(in));
    }

    private static List<Wxr.Entry> readAll(WxrReader opened) throws WxrException {
        List<Wxr.Entry> entries = new ArrayList<>();
        try (WxrReader reader = opened) {
            Wxr.Entry entry;
            while ((entry = reader.next()) != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<Wxr.Entry> readAll(String xml) throws WxrException {
        return readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSiteComesFirstThenAuthorsTermsAndItemsInFileOrder() throws WxrException {
        List<Wxr.Entry> entries = readAll(fixture("site.xml"));
        assertThat(entries.getFirst()).isInstanceOfSatisfying(Wxr.Site.class, site -> {
            assertThat(site.title()).isEqualTo("أخبار المثال");
            assertThat(site.link()).isEqualTo("https://www.news.example.com");
            assertThat(site.baseSiteUrl()).isEqualTo("https://www.news.example.com");
        });
        assertThat(entries).filteredOn(Wxr.Author.class::isInstance).hasSize(2);
        assertThat(entries).filteredOn(Wxr.Category.class::isInstance).map(e -> ((Wxr.Category) e).name())
                .containsExactly("أخبار", "سياسة", "اقتصاد");
        assertThat(entries).filteredOn(Wxr.Tag.class::isInstance).hasSize(2);
        assertThat(entries).filteredOn(Wxr.Item.class::isInstance).map(e -> ((Wxr.Item) e).id())
                .containsExactly("20", "21", "22", "23", "24", "25", "26", "27", "30", "10", "11", "40");
    }

    @Test
    void anItemCarriesItsContentTermsMetaAndThreadedComments() throws WxrException {
        Wxr.Item post = (Wxr.Item) readAll(fixture("site.xml")).stream()
                .filter(e -> e instanceof Wxr.Item i && i.id().equals("20")).findFirst().orElseThrow();
        assertThat(post.title()).isEqualTo("قمة الرياض تختتم أعمالها");
        assertThat(post.content()).startsWith("<!-- wp:paragraph -->").contains("<script>alert(1)</script>");
        assertThat(post.excerpt()).isEqualTo("<p>ملخص <em>القمة</em></p>");
        assertThat(post.creator()).isEqualTo("sara");
        assertThat(post.postDate()).isEqualTo("2019-05-03 13:20:30");
        assertThat(post.postDateGmt()).isEqualTo("2019-05-03 10:20:30");
        assertThat(post.status()).isEqualTo("publish");
        assertThat(post.postType()).isEqualTo("post");
        assertThat(post.terms()).extracting(Wxr.Term::domain, Wxr.Term::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("category", "سياسة"),
                        org.assertj.core.groups.Tuple.tuple("post_tag", "الرياض"));
        assertThat(post.meta("_thumbnail_id")).isEqualTo("10");
        assertThat(post.comments()).extracting(Wxr.Comment::id, Wxr.Comment::parent, Wxr.Comment::approved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("100", "0", "1"),
                        org.assertj.core.groups.Tuple.tuple("101", "100", "0"),
                        org.assertj.core.groups.Tuple.tuple("102", "0", "spam"),
                        org.assertj.core.groups.Tuple.tuple("103", "101", "trash"));
        Wxr.Comment first = post.comments().getFirst();
        assertThat(first.author()).isEqualTo("قارئ");
        assertThat(first.email()).isEqualTo("reader@example.com");
        assertThat(first.url()).isEqualTo("https://reader.example.com");
        assertThat(first.ip()).isEqualTo("203.0.113.5");
        assertThat(first.dateGmt()).isEqualTo("2019-05-03 11:00:00");
        assertThat(first.content()).isEqualTo("خبر مهم، شكراً.");
        assertThat(post.line()).isGreaterThan(20);
    }

    @Test
    void aSkimmingReaderLeavesOutContentAndCommentsButReadsAndChecksThemAlike() throws WxrException {
        List<Wxr.Entry> whole = readAll(fixture("site.xml"));
        List<Wxr.Entry> skimmed = readAll(WxrReader.skimming(fixture("site.xml")));
        assertThat(skimmed).hasSameSizeAs(whole);
        Wxr.Item post = (Wxr.Item) skimmed.stream()
                .filter(e -> e instanceof Wxr.Item i && i.id().equals("20")).findFirst().orElseThrow();
        assertThat(post.content()).isEmpty();
        assertThat(post.comments()).isEmpty();
        assertThat(post.excerpt()).isEqualTo("<p>ملخص <em>القمة</em></p>");
        assertThat(post.postDateGmt()).isEqualTo("2019-05-03 10:20:30");
        assertThat(post.meta("_thumbnail_id")).isEqualTo("10");
        for (String refused : new String[] {"malformed.xml", "xxe.xml", "billion-laughs.xml"}) {
            WxrException expected = catchThrowableOfType(WxrException.class, () -> readAll(fixture(refused)));
            assertThatThrownBy(() -> readAll(WxrReader.skimming(fixture(refused)))).as(refused)
                    .isInstanceOfSatisfying(WxrException.class, e -> assertThat(e).hasMessage(expected.getMessage()));
        }
        assertThatThrownBy(() -> readAll(WxrReader.skimming(new ByteArrayInputStream("""
                <rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><link>https://x.example</link>
                <item><content:encoded>a &unknown; b</content:encoded></item></channel></rss>
                """.getBytes(StandardCharsets.UTF_8))))).isInstanceOf(WxrException.class);
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> readAll(fixture("xxe.xml")))
                .isInstanceOfSatisfying(WxrException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains("DTD");
                });
    }

    @Test
    void entityExpansionIsRefused() {
        assertThatThrownBy(() -> readAll(fixture("billion-laughs.xml")))
                .isInstanceOfSatisfying(WxrException.class, e -> assertThat(e.reason()).contains("DTD"));
    }

    @Test
    void aMalformedFileNamesTheLineAndTheReason() {
        assertThatThrownBy(() -> readAll(fixture("malformed.xml")))
                .isInstanceOfSatisfying(WxrException.class, e -> {
                    assertThat(e.line()).isEqualTo(19);
                    assertThat(e.reason()).contains("\"item\" must be terminated");
                });
    }

    @Test
    void aFileThatIsNotAnExportIsRefused() throws IOException {
        assertThatThrownBy(() -> readAll(fixture("not-wxr.xml")))
                .isInstanceOfSatisfying(WxrException.class, e -> assertThat(e.reason()).contains("<html>"));
        assertThatThrownBy(() -> readAll(""))
                .isInstanceOf(WxrException.class);
    }

    @Test
    void olderExportVersionsAreReadByTheirNamespace() throws WxrException {
        List<Wxr.Entry> entries = readAll("""
                <rss xmlns:wp="http://wordpress.org/export/1.0/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
                <channel><link>https://old.example</link>
                <item><title>قديم</title><c:encoded>نص</c:encoded><wp:post_id>7</wp:post_id></item>
                </channel></rss>""");
        assertThat(entries).hasSize(2);
        assertThat(((Wxr.Item) entries.get(1)).content()).isEqualTo("نص");
        assertThat(((Wxr.Item) entries.get(1)).id()).isEqualTo("7");
    }
}
