package org.akhbar.article;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.schema.Tables.ARTICLE_REVISION;
import static org.akhbar.schema.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.AkhbarApplication;
import org.akhbar.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scheduled publishing with two application instances on one database, as two nodes behind a load
 * balancer: each scheduled article is published exactly once, on time, with no reader traffic; and
 * an article that fell due while no node was running comes out as soon as one starts.
 */
@Tag("database")
class PublicationSchedulerIntegrationTests {

    static final int ARTICLES = 40;

    @Test
    void twoNodesPublishEachScheduledArticleExactlyOnceAndOnTime() {
        Map<String, String> database = TestDatabase.fresh();
        try (ConfigurableApplicationContext first = node(database, true);
                ConfigurableApplicationContext second = node(database, true)) {
            ArticleService service = first.getBean(ArticleService.class);
            Instant due = Instant.now().plusSeconds(3);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                ids.add(service.create(article("مجدول " + i).publishedAt(due).build()));
            }
            ArticleRepository articles = second.getBean(ArticleRepository.class);
            assertThat(articles.findById(ids.getFirst()).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                    ids.stream().allMatch(id -> articles.findById(id).orElseThrow().status() == ArticleStatus.PUBLISHED));
            assertThat(Instant.now()).isBefore(due.plusSeconds(20));

            DSLContext db = first.getBean(DSLContext.class);
            for (long id : ids) {
                assertThat(db.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("article").and(CHANGE_LOG.ENTITY_ID.eq(id))
                        .and(CHANGE_LOG.ACTION.eq("published")))).as("publications of %d", id).isEqualTo(1);
                assertThat(db.fetchCount(ARTICLE_REVISION, ARTICLE_REVISION.ARTICLE_ID.eq(id)
                        .and(ARTICLE_REVISION.KIND.eq("workflow")))).isEqualTo(1);
                assertThat(articles.findPublishedById(id, Instant.now())).isPresent();
            }
        }
    }

    @Test
    void whatFellDueWhileNoNodeRanIsPublishedAtStart() throws InterruptedException {
        Map<String, String> database = TestDatabase.fresh();
        long id;
        try (ConfigurableApplicationContext writer = node(database, false)) {
            id = writer.getBean(ArticleService.class).create(article("فات موعده").publishedAt(Instant.now().plusMillis(500)).build());
        }
        Thread.sleep(1000);
        try (ConfigurableApplicationContext node = node(database, true)) {
            ArticleRepository articles = node.getBean(ArticleRepository.class);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    articles.findById(id).orElseThrow().status() == ArticleStatus.PUBLISHED);
        }
    }

    /** An instance of the application on the shared database, without a web server. */
    private static ConfigurableApplicationContext node(Map<String, String> database, boolean publishing) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("akhbar.demo-content", "false");
        properties.put("akhbar.publishing.enabled", Boolean.toString(publishing));
        // A long poll: on time must come from each node's own timer, not from polling.
        properties.put("akhbar.publishing.poll-interval", "1h");
        properties.put("akhbar.changes.poll-interval", "100ms");
        // As arguments, not builder properties: those are only defaults, which application.properties
        // overrides, and the nodes would share ./data instead of the test's database.
        return new SpringApplicationBuilder(AkhbarApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }
}
