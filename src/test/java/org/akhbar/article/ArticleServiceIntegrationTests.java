package org.akhbar.article;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.akhbar.schema.Tables.ARTICLE;
import static org.akhbar.schema.Tables.ARTICLE_REVISION;
import static org.akhbar.schema.Tables.CHANGE_LOG;
import static org.akhbar.schema.Tables.SECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeRecorded;
import org.akhbar.platform.ContentChanged;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;
import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@RecordApplicationEvents
class ArticleServiceIntegrationTests {

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    DSLContext db;

    @Test
    void savesAnArticleWithItsSectionsTagsAndAuthorCreatedOnDemand() {
        String section = unique("قسم");
        String tag = unique("وسم");
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        long id = service.create(article("الحكومة الليبية تصادق على تفعيل الاتفاق الأمني مع تركيا")
                .in(section, "رئيسي").tagged(tag, "ليبيا").by("سامر الحداد").publishedAt(at).build());

        Article saved = articles.findPublishedById(id, Instant.now()).orElseThrow();
        assertThat(saved.slug()).isEqualTo("الحكومة-الليبية-تصادق-على-تفعيل-الاتفاق-الأمني-مع-تركيا");
        assertThat(saved.sections()).extracting(Section::name).containsExactly(section, "رئيسي");
        assertThat(saved.tags()).extracting(Tag::name).containsExactly(tag, "ليبيا");
        assertThat(saved.author().name()).isEqualTo("سامر الحداد");
        assertThat(saved.publishedAt()).isEqualTo(at);
        assertThat(saved.excerpt()).isEqualTo("نص تجريبي للمقال يكفي لاختبار العرض.");
    }

    @Test
    void sanitisesTheBodyWhenSaving() {
        long id = service.create(article("عنوان").body("<p onclick=\"x()\">نص</p><script>alert(1)</script>").build());
        assertThat(articles.findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>نص</p>");
    }

    @Test
    void savingTheSameExternalIdAgainUpdatesInsteadOfCopying() {
        String externalId = unique("ext");
        ArticleService.Saved first = service.save(article("الأول").externalId(externalId).build());
        ArticleService.Saved second = service.save(article("الثاني").externalId(externalId).build());

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(db.fetchCount(ARTICLE, ARTICLE.EXTERNAL_ID.eq(externalId))).isEqualTo(1);
        assertThat(articles.findById(first.id()).orElseThrow().title()).isEqualTo("الثاني");
    }

    @Test
    void everySaveAppendsToTheChangeLog() {
        long before = db.fetchCount(CHANGE_LOG);
        long id = service.create(article("عنوان").build());
        service.update(id, article("عنوان معدل").build());
        assertThat(db.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("article").and(CHANGE_LOG.ENTITY_ID.eq(id))))
                .isEqualTo(2);
        assertThat(db.fetchCount(CHANGE_LOG)).isGreaterThanOrEqualTo((int) before + 2);
    }

    @Test
    void badInputWritesNothingAtAll() {
        String section = unique("قسم لن يُنشأ");
        int articlesBefore = db.fetchCount(ARTICLE);
        // The search index ranks related articles of earlier tests' articles in the background, and logs that.
        var written = CHANGE_LOG.ENTITY.ne(RelatedArticles.ENTITY);
        int changesBefore = db.fetchCount(CHANGE_LOG, written);

        assertThatThrownBy(() -> service.create(article(" ").in(section).body("").build()))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.problems())
                        .extracting(InvalidArticleException.Problem::messageKey)
                        .containsExactly("article.error.title-required", "article.error.body-required"));

        assertThat(db.fetchCount(ARTICLE)).isEqualTo(articlesBefore);
        assertThat(db.fetchCount(CHANGE_LOG, written)).isEqualTo(changesBefore);
        assertThat(db.fetchExists(SECTION, SECTION.NAME.eq(section))).isFalse();
    }

    @Test
    void aBodyWithNothingLeftAfterCleaningIsRefused() {
        assertThatThrownBy(() -> service.create(article("عنوان").body("<script>alert(1)</script>").build()))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.problems())
                        .extracting(InvalidArticleException.Problem::messageKey)
                        .containsExactly("article.error.body-empty-after-cleaning"));
    }

    @Test
    void aDraftIsNotPublicAndNotListed() {
        String section = unique("قسم");
        long id = service.create(article("مسودة").in(section).draft().build());
        assertThat(articles.findPublishedById(id, Instant.now())).isEmpty();
        assertThat(articles.findById(id)).isPresent();
    }

    @Test
    void anArticlePublishedForLaterIsScheduledAndNotPublicUntilTheJobPublishesIt() {
        long id = service.create(article("لاحقاً").publishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).build());
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(articles.findPublishedById(id, Instant.now())).isEmpty();
        assertThat(articles.findPublishedById(id, Instant.now().plus(2, ChronoUnit.DAYS))).isEmpty();
    }

    @Test
    void anEmbedWhoseTargetArrivesLaterIsResolvedAfterwards() {
        String target = unique("target");
        long source = service.create(article("مصدر")
                .body("<p>أ</p><aside data-article-external-id=\"" + target + "\"></aside>").build());
        long targetId = service.create(article("هدف").externalId(target).build());

        assertThat(articles.findById(source).orElseThrow().bodyHtml()).contains("data-article-external-id");
        service.resolvePendingEmbeds();
        assertThat(articles.findById(source).orElseThrow().bodyHtml())
                .isEqualTo("<p>أ</p><aside data-article-id=\"" + targetId + "\"></aside>");
    }

    @Test
    void aBatchSavesTheGoodInputsAndAnswersARefusedOneWithItsReasonInItsPlace() {
        String section = unique("قسم الدفعة");
        String tag = unique("وسم الدفعة");
        String first = unique("batch");
        String second = unique("batch");
        int revisionsBefore = db.fetchCount(ARTICLE_REVISION);

        List<ArticleService.Outcome> outcomes = service.saveAll(List.of(
                article("الأول في الدفعة").externalId(first).in(section, "رئيسي").tagged(tag).by("كاتب الدفعة").build(),
                article(" ").externalId(unique("batch")).body("").build(),
                article("الثاني في الدفعة").externalId(second).in(section).tagged(tag, tag + " ").draft().build()));

        assertThat(outcomes).extracting(ArticleService.Outcome::isSaved).containsExactly(true, false, true);
        assertThat(outcomes.get(1).refusal().problems()).extracting(InvalidArticleException.Problem::messageKey)
                .containsExactly("article.error.title-required", "article.error.body-required");
        Article one = articles.findById(outcomes.get(0).saved().id()).orElseThrow();
        assertThat(one.externalId()).isEqualTo(first);
        assertThat(one.sections()).extracting(Section::name).containsExactly(section, "رئيسي");
        assertThat(one.tags()).extracting(Tag::name).containsExactly(tag);
        assertThat(one.author().name()).isEqualTo("كاتب الدفعة");
        assertThat(one.excerpt()).isEqualTo("نص تجريبي للمقال يكفي لاختبار العرض.");
        Article two = articles.findById(outcomes.get(2).saved().id()).orElseThrow();
        assertThat(two.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(two.tags()).as("two spellings of one tag").extracting(Tag::name).containsExactly(tag);
        assertThat(db.fetchCount(ARTICLE_REVISION)).isEqualTo(revisionsBefore + 2);
        assertThat(db.fetchCount(ARTICLE, ARTICLE.EXTERNAL_ID.in(first, second))).isEqualTo(2);
    }

    @Test
    void aBatchUpdatesKnownExternalIdsAndOneNamedTwice() {
        String known = unique("batch");
        String twice = unique("batch");
        long existing = service.save(article("قديم").externalId(known).build()).id();

        List<ArticleService.Outcome> outcomes = service.saveAll(List.of(
                article("جديد").externalId(twice).build(),
                article("محدث").externalId(known).build(),
                article("جديد مرة ثانية").externalId(twice).build()));

        assertThat(outcomes).extracting(o -> o.saved().created()).containsExactly(true, false, false);
        assertThat(outcomes.get(1).saved().id()).isEqualTo(existing);
        assertThat(outcomes.get(2).saved().id()).isEqualTo(outcomes.get(0).saved().id());
        assertThat(articles.findById(existing).orElseThrow().title()).isEqualTo("محدث");
        assertThat(articles.findById(outcomes.get(0).saved().id()).orElseThrow().title()).isEqualTo("جديد مرة ثانية");
        assertThat(db.fetchCount(ARTICLE, ARTICLE.EXTERNAL_ID.eq(twice))).isEqualTo(1);
    }

    @Test
    void aBatchTellsTheChangeLogFollowersOfEveryArticleOnceItCommits(@Autowired ApplicationEvents events) {
        List<ArticleService.Outcome> outcomes = service.saveAll(List.of(
                article("منشور في دفعة").externalId(unique("batch")).build(),
                article("مسودة في دفعة").externalId(unique("batch")).draft().build(),
                article("منشور آخر في دفعة").externalId(unique("batch")).build()));
        List<Long> ids = outcomes.stream().map(o -> o.saved().id()).toList();

        List<Change> recorded = events.stream(ChangeRecorded.class).map(ChangeRecorded::change)
                .filter(c -> c.entity().equals(ArticleService.ENTITY) && ids.contains(c.entityId())).toList();
        List<Change> announced = events.stream(ContentChanged.class).flatMap(c -> c.changes().stream())
                .filter(c -> c.entity().equals(ArticleService.ENTITY) && ids.contains(c.entityId())).toList();
        assertThat(recorded).extracting(Change::entityId).containsExactlyElementsOf(ids);
        assertThat(recorded).extracting(Change::action).containsExactly("created", Change.STAFF_ONLY, "created");
        assertThat(announced).isEqualTo(recorded);
        assertThat(recorded).extracting(Change::id).isSorted().doesNotHaveDuplicates();
        for (Change change : recorded) {
            assertThat(db.fetchExists(CHANGE_LOG, CHANGE_LOG.ID.eq(change.id())
                    .and(CHANGE_LOG.ENTITY_ID.eq(change.entityId())).and(CHANGE_LOG.ACTION.eq(change.action())))).isTrue();
        }
    }
}
