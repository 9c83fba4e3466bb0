package org.akhbar.transfer;

import static org.akhbar.schema.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleHtml;
import org.akhbar.article.ArticleRepository;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A first start on an empty site, as a newcomer sees it. */
@DatabaseTest
@TestPropertySource(properties = "akhbar.demo-content=true")
class DemoContentIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoContent demo;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SectionRepository sections;

    @Autowired
    DSLContext db;

    @Test
    void anEmptySiteStartsWithTheDemoArticlesInAtLeastSixSections() {
        assertThat(db.fetchCount(ARTICLE)).isGreaterThanOrEqualTo(30);
        assertThat(sections.findAll()).extracting(Section::name).hasSizeGreaterThanOrEqualTo(6)
                .contains("الاقتصاد", "رئيسي", "شؤون دولية");
        Instant newest = articles.page(org.akhbar.article.Listing.latest(), null, 1, Instant.now()).items().getFirst().publishedAt();
        assertThat(newest).isBetween(Instant.now().minus(1, ChronoUnit.HOURS), Instant.now());
    }

    @Test
    void theSeedStoryEmbedsItsRelatedArticleInline() {
        long seedId = db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.TITLE.eq("الحكومة الليبية تصادق على تفعيل الاتفاق الأمني مع تركيا")).fetchSingle().value1();
        Article seed = articles.findById(seedId).orElseThrow();
        assertThat(seed.sections()).extracting(Section::name).containsExactly("الاقتصاد", "رئيسي", "شؤون دولية");
        long embedded = ArticleHtml.embeddedIds(seed.bodyHtml()).iterator().next();
        assertThat(articles.findById(embedded).orElseThrow().title()).isEqualTo("أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا");

        var page = Jsoup.parse(new Web(port).get(seed.path()).body());
        assertThat(page.selectFirst(".read-also a").text()).isEqualTo("أردوغان: تُركيا مستعدة لإرسال قوات إلى ليبيا");
        assertThat(page.select(".related .card")).hasSizeBetween(1, 6);
    }

    @Test
    void laterStartsKeepWhatIsThere() {
        int before = db.fetchCount(ARTICLE);
        demo.run(null);
        assertThat(db.fetchCount(ARTICLE)).isEqualTo(before);
    }
}
