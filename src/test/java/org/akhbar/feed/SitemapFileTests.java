package org.akhbar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class SitemapFileTests {

    @Test
    void everyFileIsFoundAgainByItsName() {
        for (SitemapFile file : new SitemapFile[] {new SitemapFile.Pages(), new SitemapFile.News(),
                new SitemapFile.Archive(YearMonth.of(2026, 11), 1), new SitemapFile.Archive(YearMonth.of(2019, 3), 12),
                new SitemapFile.Tags(1), new SitemapFile.Tags(40)}) {
            assertThat(SitemapFile.parse(file.name())).contains(file);
            assertThat(file.path()).isEqualTo("/sitemaps/" + file.name());
        }
    }

    @Test
    void aMonthsFirstPartHasNoNumber() {
        assertThat(new SitemapFile.Archive(YearMonth.of(2026, 1), 1).name()).isEqualTo("articles-2026-01.xml");
        assertThat(new SitemapFile.Archive(YearMonth.of(2026, 1), 2).name()).isEqualTo("articles-2026-01-2.xml");
        assertThat(SitemapFile.parse("articles-2026-01-1.xml")).isEmpty();
        assertThat(SitemapFile.parse("articles-2026-01-0.xml")).isEmpty();
    }

    @Test
    void anythingElseIsNoSitemap() {
        assertThat(SitemapFile.parse("articles-2026-13.xml")).isEmpty();
        assertThat(SitemapFile.parse("articles-2026-1.xml")).isEmpty();
        assertThat(SitemapFile.parse("tags-0.xml")).isEmpty();
        assertThat(SitemapFile.parse("tags-1.xml.gz")).isEmpty();
        assertThat(SitemapFile.parse("../application.properties")).isEmpty();
        assertThat(SitemapFile.parse("")).isEmpty();
    }
}
