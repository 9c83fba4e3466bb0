package org.akhbar.article;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.people.Staff;
import org.akhbar.platform.ChangeLogFollower;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editorial workflow end to end: who may move an article where, what readers see at each step,
 * revisions that keep every save and restore old ones, corrections under the story.
 */
@DatabaseTest
class ArticleWorkflowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleService service;

    @Autowired
    RevisionRepository revisions;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticlePreviews previews;

    @Autowired
    PreviewRepository previewRows;

    @Autowired
    ChangeLogFollower follower;

    private Staff contributor;
    private Staff author;
    private Staff editor;
    private Web web;

    @BeforeEach
    void staff() {
        contributor = staff(Role.CONTRIBUTOR);
        author = staff(Role.AUTHOR);
        editor = staff(Role.EDITOR);
        web = new Web(port);
    }

    private Staff staff(Role role) {
        return TestAccounts.create(accounts, role).staff();
    }

    private long draft(Staff by, String title) {
        return workflow.save(null, article(title).in(unique("قسم")).build(), null, Action.SAVE, false, by).id();
    }

    private int version(long id) {
        return articles.findById(id).orElseThrow().version();
    }

    @Test
    void aContributorsDraftGoesThroughReviewAndIsPublishedByAnEditor() {
        long id = draft(contributor, "مسودة مساهم");
        Article saved = articles.findById(id).orElseThrow();
        assertThat(saved.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(saved.author().name()).isEqualTo(contributor.displayName());
        assertThat(web.get("/article/" + id).statusCode()).isEqualTo(404);

        assertThatThrownBy(() -> workflow.transition(id, Action.PUBLISH, null, version(id), contributor))
                .isInstanceOf(ForbiddenException.class);
        workflow.transition(id, Action.SUBMIT, null, version(id), contributor);
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.REVIEW);

        workflow.transition(id, Action.PUBLISH, null, version(id), editor);
        Article published = articles.findById(id).orElseThrow();
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(web.get(published.path()).statusCode()).isEqualTo(200);
        // Published now, a contributor may no longer change it.
        assertThatThrownBy(() -> workflow.save(id, article("تعديل").build(), version(id), Action.SAVE, false, contributor))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAuthorPublishesOwnWorkButNotSomeoneElses() {
        long own = draft(author, "مقال الكاتب");
        long others = draft(contributor, "مقال غيره");
        workflow.transition(own, Action.PUBLISH, null, version(own), author);
        assertThat(articles.findById(own).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThatThrownBy(() -> workflow.transition(others, Action.PUBLISH, null, version(others), author))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workflow.save(others, article("لا").build(), version(others), Action.SAVE, false, author))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnpublishedArticleIsGoneForReadersAndKeptInTheNewsroom() {
        long id = draft(editor, "سيُسحب");
        workflow.transition(id, Action.PUBLISH, null, version(id), editor);
        String path = articles.findById(id).orElseThrow().path();
        assertThat(web.get(path).statusCode()).isEqualTo(200);

        workflow.transition(id, Action.UNPUBLISH, null, version(id), editor);
        HttpResponse<String> gone = web.get(path);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("سُحب هذا المقال");
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);

        workflow.transition(id, Action.PUBLISH, null, version(id), editor);
        assertThat(web.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void schedulingNeedsATimeToComeAndPublishingWithOneSchedules() {
        long id = draft(author, "مجدول");
        assertThatThrownBy(() -> workflow.transition(id, Action.SCHEDULE, Instant.now().minusSeconds(60), version(id), author))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("article.error.schedule-in-past"));
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        workflow.transition(id, Action.PUBLISH, later, version(id), author);
        Article scheduled = articles.findById(id).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(scheduled.publishedAt()).isEqualTo(later);
        workflow.transition(id, Action.UNSCHEDULE, null, version(id), author);
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void anImportedArticleKeepsItsExternalIdWhenEditedInTheNewsroom() {
        String externalId = unique("wp");
        long id = service.create(article("مستورد").externalId(externalId).build());
        workflow.save(id, article("مستورد ومحرَّر").build(), version(id), Action.SAVE, false, editor);
        assertThat(articles.findById(id).orElseThrow().externalId()).isEqualTo(externalId);
        assertThat(articles.findIdByExternalId(externalId)).contains(id);
    }

    @Test
    void aStaleSaveIsRefusedAndNothingOfItIsWritten() {
        long id = draft(editor, "الأصل");
        int loaded = version(id);
        workflow.save(id, article("حفظ أول").build(), loaded, Action.SAVE, false, editor);
        assertThatThrownBy(() -> workflow.save(id, article("حفظ قديم").tagged(unique("وسم")).build(), loaded,
                Action.SAVE, false, editor)).isInstanceOf(ConflictException.class);
        Article now = articles.findById(id).orElseThrow();
        assertThat(now.title()).isEqualTo("حفظ أول");
        assertThat(now.tags()).isEmpty();
        assertThat(now.version()).isEqualTo(loaded + 1);
    }

    @Test
    void everySaveIsARevisionAutosavesAmendTheirOwnAndRestoringIsANewRevision() {
        long id = draft(editor, "النسخة الأولى");
        workflow.save(id, article("النسخة الثانية").build(), version(id), Action.SAVE, false, editor);
        workflow.save(id, article("كتابة جارية 1").build(), version(id), Action.SAVE, true, editor);
        workflow.save(id, article("كتابة جارية 2").build(), version(id), Action.SAVE, true, editor);
        List<Revision> list = revisions.findByArticle(id);
        assertThat(list).extracting(Revision::kind)
                .containsExactly(RevisionKind.AUTOSAVE, RevisionKind.SAVE, RevisionKind.SAVE);
        assertThat(list.getFirst().title()).isEqualTo("كتابة جارية 2");

        Revision first = list.getLast();
        workflow.restore(id, first.id(), version(id), editor);
        assertThat(articles.findById(id).orElseThrow().title()).isEqualTo("النسخة الأولى");
        assertThat(revisions.findByArticle(id).getFirst().kind()).isEqualTo(RevisionKind.RESTORE);
        assertThat(revisions.findByArticle(id)).hasSize(4);
    }

    @Test
    void aCorrectionShowsUnderThePublishedStoryWithItsTime() {
        long id = draft(author, "خبر سيُصحّح");
        assertThatThrownBy(() -> workflow.addNote(id, NoteKind.CORRECTION, "لا", author))
                .isInstanceOf(InvalidInputException.class);
        workflow.transition(id, Action.PUBLISH, null, version(id), author);
        workflow.addNote(id, NoteKind.CORRECTION, "صُحّح اسم الوزير في الفقرة الثانية.", author);
        String page = web.get(articles.findById(id).orElseThrow().path()).body();
        assertThat(page).contains("تصحيح").contains("صُحّح اسم الوزير في الفقرة الثانية.").contains("حُدّث في");
        assertThatThrownBy(() -> workflow.addNote(id, NoteKind.UPDATE, "تحديث", contributor))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void savingADraftLeavesTheReadersCachedPagesAlone() {
        long id = draft(editor, "مسودة تُحفظ");
        long published = draft(editor, "منشور في الذاكرة");
        workflow.transition(published, Action.PUBLISH, null, version(published), editor);
        String path = articles.findById(published).orElseThrow().path();
        // Whatever the follower still has to deliver (other tests' changes too), it delivers now.
        follower.poll();
        web.get(path);
        assertThat(web.get(path).headers().firstValue("X-Cache")).hasValue("hit");

        workflow.save(id, article("مسودة تُحفظ مجدداً").build(), version(id), Action.SAVE, true, editor);
        follower.poll();
        assertThat(web.get(path).headers().firstValue("X-Cache")).hasValue("hit");
    }

    @Test
    void aPreviewLinkShowsADraftToSomeoneWithoutAnAccountUntilItExpires() {
        long id = draft(contributor, "مسودة للمعاينة");
        assertThatThrownBy(() -> previews.create(id, author)).isInstanceOf(ForbiddenException.class);
        String token = previews.create(id, contributor);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        HttpResponse<String> page = web.get("/preview/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("مسودة للمعاينة").contains("معاينة:").contains("noindex");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(web.get("/preview/" + token.substring(1) + "x").statusCode()).isEqualTo(404);

        String expired = "an-expired-link-token-000000000000000000000";
        previewRows.insert(ArticlePreviews.hash(expired), id, contributor.id(), Instant.now().minusSeconds(7200),
                Instant.now().minusSeconds(3600));
        assertThat(previews.find(expired)).isEmpty();
        assertThat(web.get("/preview/" + expired).statusCode()).isEqualTo(404);
        assertThat(previews.find(token)).isPresent();
        assertThat(web.get("/article/" + id).statusCode()).isEqualTo(404);   // still not public
    }
}
