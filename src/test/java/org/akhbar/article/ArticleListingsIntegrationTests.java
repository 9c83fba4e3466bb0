package org.akhbar.article;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.akhbar.platform.Cursor;
import org.akhbar.platform.Slice;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ArticleListingsIntegrationTests {

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SectionRepository sections;

    @Autowired
    RelatedArticles related;

    private final Instant base = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private Listing.InSection sectionNamed(String name) {
        return new Listing.InSection(sections.findByName(name).orElseThrow().id());
    }

    @Test
    void pagingWhileArticlesArePublishedGivesEveryArticleOnceInOrder() {
        String section = unique("قسم");
        List<Long> original = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // pairs share a publish time, so the id must break ties
            original.add(service.create(article("مقال " + i).in(section).publishedAt(base.plusSeconds(i / 2 * 60)).build()));
        }
        Listing listing = sectionNamed(section);

        List<Long> seen = new ArrayList<>();
        Cursor cursor = null;
        int fresh = 0;
        do {
            Slice<ArticleSummary> page = articles.page(listing, cursor, 5, Instant.now());
            page.items().forEach(a -> seen.add(a.id()));
            cursor = page.next().orElse(null);
            // a newsroom publishes between the reader's pages
            service.create(article("خبر عاجل " + fresh++).in(section).publishedAt(Instant.now().minusSeconds(1)).build());
        } while (cursor != null);

        List<Long> newestFirst = new ArrayList<>(original);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void theLastPageSaysThereIsNoMore() {
        String section = unique("قسم");
        for (int i = 0; i < 4; i++) {
            service.create(article("مقال " + i).in(section).publishedAt(base.plusSeconds(i)).build());
        }
        Slice<ArticleSummary> page = articles.page(sectionNamed(section), null, 4, Instant.now());
        assertThat(page.items()).hasSize(4);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void listsShowOnlyPublishedArticlesWhoseTimeHasCome() {
        String section = unique("قسم");
        long published = service.create(article("منشور").in(section).publishedAt(base).build());
        service.create(article("مسودة").in(section).draft().publishedAt(base).build());
        service.create(article("مجدول").in(section).publishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).build());

        assertThat(articles.page(sectionNamed(section), null, 10, Instant.now()).items())
                .extracting(ArticleSummary::id).containsExactly(published);
    }

    @Test
    void unpublishingTakesAnArticleOutOfItsLists() {
        String section = unique("قسم");
        long id = service.create(article("منشور").in(section).publishedAt(base).build());
        service.update(id, article("منشور").in(section).publishedAt(base).draft().build());
        assertThat(articles.page(sectionNamed(section), null, 10, Instant.now()).items()).isEmpty();
    }

    @Test
    void rebuildingThroughACursorReturnsEverythingDownToIt() {
        String tag = unique("وسم");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ids.add(service.create(article("مقال " + i).tagged(tag).publishedAt(base.plusSeconds(i)).build()));
        }
        long tagId = articles.findById(ids.getFirst()).orElseThrow().tags().getFirst().id();
        Listing listing = new Listing.Tagged(tagId);
        Slice<ArticleSummary> first = articles.page(listing, null, 3, Instant.now());
        Slice<ArticleSummary> second = articles.page(listing, first.next().orElseThrow(), 3, Instant.now());

        Slice<ArticleSummary> rebuilt = articles.pageThrough(listing, second.items().getLast().position(), 100, Instant.now());
        assertThat(rebuilt.items()).extracting(ArticleSummary::id)
                .containsExactly(ids.get(8), ids.get(7), ids.get(6), ids.get(5), ids.get(4), ids.get(3));
        assertThat(rebuilt.next()).isPresent();
    }

    @Test
    void theLatestListAndTheAuthorListAreNewestFirst() {
        String author = unique("كاتب");
        long older = service.create(article("أقدم").by(author).publishedAt(base).build());
        long newer = service.create(article("أحدث").by(author).publishedAt(base.plusSeconds(60)).build());
        long authorId = articles.findById(older).orElseThrow().author().id();

        assertThat(articles.page(new Listing.ByAuthor(authorId), null, 10, Instant.now()).items())
                .extracting(ArticleSummary::id).containsExactly(newer, older);
        assertThat(articles.page(Listing.latest(), null, 1000, Instant.now()).items())
                .extracting(ArticleSummary::id).containsSubsequence(newer, older);
    }

    @Test
    void relatedArticlesShareTagsFirstThenSections() {
        String section = unique("قسم");
        String tag = unique("وسم");
        long story = service.create(article("القصة").in(section).tagged(tag).publishedAt(base).build());
        long sameTag = service.create(article("بالوسم نفسه").tagged(tag).publishedAt(base.minusSeconds(600)).build());
        long sameSection = service.create(article("بالقسم نفسه").in(section).publishedAt(base.plusSeconds(60)).build());
        service.create(article("لا علاقة").in(unique("قسم آخر")).publishedAt(base).build());

        assertThat(related.byLabels(articles.findById(story).orElseThrow(), 6, Instant.now()))
                .containsExactly(sameTag, sameSection);
    }

    @Test
    void aStoredRankingWinsOverLabels() {
        String section = unique("قسم");
        // A draft: search never ranks it, so only this test writes its list.
        long story = service.create(article("القصة").in(section).draft().build());
        long first = service.create(article("الأولى").build());
        long second = service.create(article("الثانية").in(section).build());
        Article article = articles.findById(story).orElseThrow();

        related.store(Map.of(story, List.of(first, second)));
        assertThat(related.of(article, 6, Instant.now())).containsExactly(first, second);
        assertThat(related.of(article, 1, Instant.now())).containsExactly(first);

        related.store(Map.of(story, List.of(second)));
        assertThat(related.of(article, 6, Instant.now())).containsExactly(second);
    }
}
