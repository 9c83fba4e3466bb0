package org.akhbar.comment;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.akhbar.schema.Tables.ARTICLE_COMMENT;
import static org.akhbar.schema.Tables.CHANGE_LOG;
import static org.akhbar.schema.Tables.COMMENT_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.akhbar.article.ArticleService;
import org.akhbar.comment.CommentService.Posted;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.TooManyRequestsException;
import org.akhbar.site.SiteSettings;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Posting and moderating comments against the real database: every spam rule, every refusal, what
 * readers see, erasure and imports. Each test writes from an address and with emails of its own,
 * so the rate limits of one do not touch another.
 */
@DatabaseTest
@TestPropertySource(properties = "akhbar.comments.blocked-words=إسرائيل,كازينو")
class CommentServiceIntegrationTests {

    private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    CommentService comments;

    @Autowired
    CommentThreads threads;

    @Autowired
    CommentRepository repository;

    @Autowired
    FormTokens tokens;

    @Autowired
    ArticleService articles;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    DSLContext db;

    private SiteSettings before;
    private String address;
    private long story;

    @BeforeEach
    void story() {
        before = settings.current();
        address = "192.0.2." + RUN.incrementAndGet() % 250 + "-" + RUN.get();
        story = articles.create(article(unique("مقال للتعليق")).build());
    }

    @AfterEach
    void restoreSettings() {
        settings.save(before);
    }

    private String email() {
        return "reader" + RUN.incrementAndGet() + "@example.com";
    }

    /** A post from a form shown a minute ago: past the minimum time. */
    private NewComment post(long articleId, String email, String text) {
        return new NewComment(articleId, null, "سارة", email, text, tokens.issue(Instant.now().minusSeconds(60)), "", address);
    }

    private CommentStatus statusOf(long id) {
        return repository.findById(id).orElseThrow().status();
    }

    @Test
    void aCommentWaitsForModerationAndShowsOnceApproved() {
        Posted posted = comments.post(post(story, email(), "تعليق أول على الخبر\nبسطرين"));
        assertThat(posted.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(threads.thread(story).count()).isZero();
        String action = db.select(CHANGE_LOG.ACTION).from(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq(CommentService.ENTITY))
                .and(CHANGE_LOG.ENTITY_ID.eq(story)).orderBy(CHANGE_LOG.ID.desc()).limit(1).fetchOne(CHANGE_LOG.ACTION);
        assertThat(action).as("awaiting moderation changes nothing readers see").isEqualTo("staff-only");

        assertThat(comments.moderate(List.of(posted.id()), Moderation.APPROVE)).isEqualTo(1);
        CommentThread thread = threads.thread(story);
        assertThat(thread.count()).isEqualTo(1);
        assertThat(thread.comments().getFirst().html()).isEqualTo("تعليق أول على الخبر<br>\nبسطرين");
    }

    @Test
    void repliesHangOneLevelDeepUnderTheCommentTheyAnswer() {
        long first = comments.post(post(story, email(), "التعليق الأصلي")).id();
        comments.moderate(List.of(first), Moderation.APPROVE);
        long reply = comments.post(new NewComment(story, first, "علي", email(), "رد على التعليق",
                tokens.issue(Instant.now().minusSeconds(60)), null, address)).id();
        comments.moderate(List.of(reply), Moderation.APPROVE);
        long replyToReply = comments.post(new NewComment(story, reply, "منى", email(), "رد على الرد",
                tokens.issue(Instant.now().minusSeconds(60)), null, address)).id();
        comments.moderate(List.of(replyToReply), Moderation.APPROVE);

        CommentThread thread = threads.thread(story);
        assertThat(thread.count()).isEqualTo(3);
        assertThat(thread.comments()).hasSize(1);
        assertThat(thread.comments().getFirst().replies()).extracting(CommentThread.Item::id).containsExactly(reply, replyToReply);
        assertThat(repository.findById(replyToReply).orElseThrow().parentId()).isEqualTo(first);
    }

    @Test
    void aReplyToACommentNotShownIsRefused() {
        long pending = comments.post(post(story, email(), "ما زال بانتظار المراجعة")).id();
        assertThatThrownBy(() -> comments.post(new NewComment(story, pending, "علي", email(), "رد",
                tokens.issue(Instant.now().minusSeconds(60)), null, address)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void emptyTooLongAndBadFieldsAreExplainedAndNothingIsStored() {
        int before = db.fetchCount(ARTICLE_COMMENT);
        assertThatThrownBy(() -> comments.post(post(story, email(), "  \n ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("comments.error.text-empty"));
        assertThatThrownBy(() -> comments.post(post(story, email(), "ن".repeat(5001))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("comments.error.text-too-long"));
        assertThatThrownBy(() -> comments.post(new NewComment(story, null, "", "not-an-email", "نص",
                tokens.issue(Instant.now().minusSeconds(60)), null, address)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("name", "email"));
        assertThat(db.fetchCount(ARTICLE_COMMENT)).isEqualTo(before);
    }

    @Test
    void aFormSentTooSoonIsRefusedAsTooFast() {
        NewComment quick = new NewComment(story, null, "سارة", email(), "سريع جداً", tokens.issue(), null, address);
        assertThatThrownBy(() -> comments.post(quick)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("comments.error.too-fast"));
    }

    @Test
    void anOldTokenFromACachedPageIsNoProblem() {
        NewComment old = new NewComment(story, null, "سارة", email(), "صفحة قديمة من الذاكرة",
                tokens.issue(Instant.now().minus(Duration.ofDays(30))), null, address);
        assertThat(comments.post(old).status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void suspectedSpamGoesToTheSpamQueueWithItsReason() {
        Posted honeypot = comments.post(new NewComment(story, null, "روبوت", email(), "نص عادي",
                tokens.issue(Instant.now().minusSeconds(60)), "https://spam.example", address));
        Posted forged = comments.post(new NewComment(story, null, "روبوت", email(), "بلا نموذج", "123.forged", null, address));
        Posted noToken = comments.post(new NewComment(story, null, "روبوت", email(), "بلا رمز", null, null, address));
        Posted links = comments.post(post(story, email(), "https://a.example https://b.example https://c.example"));
        Posted blocked = comments.post(post(story, email(), "خبر عن اسرائيل"));
        Posted blockedHamza = comments.post(post(story, email(), "وعن الإسرائيليين"));
        for (Posted spam : List.of(honeypot, forged, noToken, links, blocked, blockedHamza)) {
            assertThat(spam.status()).isEqualTo(CommentStatus.SPAM);
        }
        assertThat(repository.findById(honeypot.id()).orElseThrow().spamReason()).isEqualTo("honeypot");
        assertThat(repository.findById(forged.id()).orElseThrow().spamReason()).isEqualTo("no-form");
        assertThat(repository.findById(links.id()).orElseThrow().spamReason()).isEqualTo("links");
        assertThat(repository.findById(blockedHamza.id()).orElseThrow().spamReason()).isEqualTo("blocklist");
        assertThat(threads.thread(story).count()).isZero();

        // "Not spam" puts it back in the queue; approving then shows it.
        assertThat(comments.moderate(List.of(blocked.id()), Moderation.NOT_SPAM)).isEqualTo(1);
        assertThat(statusOf(blocked.id())).isEqualTo(CommentStatus.PENDING);
        assertThat(repository.findById(blocked.id()).orElseThrow().spamReason()).isNull();
        comments.moderate(List.of(blocked.id()), Moderation.APPROVE);
        assertThat(threads.thread(story).count()).isEqualTo(1);
    }

    @Test
    void theSameCommentTwiceIsStoredOnceHoweverItIsSpelled() {
        String email = email();
        comments.post(post(story, email, "إن الأمر  واضح"));
        assertThatThrownBy(() -> comments.post(post(story, email.toUpperCase(), "ان الامر واضح")))
                .isInstanceOf(ConflictException.class);
        assertThat(db.fetchCount(ARTICLE_COMMENT, ARTICLE_COMMENT.AUTHOR_EMAIL.eq(email))).isEqualTo(1);
        // Another reader may say the same.
        assertThat(comments.post(post(story, email(), "إن الأمر واضح")).id()).isPositive();
    }

    @Test
    void anArticleClosedByTheNewsroomTakesNoComments() {
        long closed = articles.create(article(unique("مقال مغلق")).commentsOpen(false).build());
        assertThatThrownBy(() -> comments.post(post(closed, email(), "هل من تعليق؟")))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.messageKey()).isEqualTo("comments.error.closed"));
    }

    @Test
    void theSiteClosesArticlesOlderThanItsSetting() {
        long old = articles.create(article(unique("مقال قديم")).publishedAt(Instant.now().minus(Duration.ofDays(10))).build());
        assertThat(comments.post(post(old, email(), "قبل الإغلاق")).id()).isPositive();
        settings.save(withComments(before, 7, false));
        assertThatThrownBy(() -> comments.post(post(old, email(), "بعد الإغلاق"))).isInstanceOf(ForbiddenException.class);
        assertThat(comments.post(post(story, email(), "المقال الحديث ما زال مفتوحاً")).id()).isPositive();
    }

    @Test
    void aCommenterApprovedBeforeIsShownAtOnceOnlyIfTheSiteSaysSo() {
        String email = email();
        long first = comments.post(post(story, email, "أول تعليق لي")).id();
        comments.moderate(List.of(first), Moderation.APPROVE);
        assertThat(comments.post(post(story, email, "ثاني تعليق لي")).status()).isEqualTo(CommentStatus.PENDING);

        settings.save(withComments(before, 0, true));
        Posted third = comments.post(post(story, email, "ثالث تعليق لي"));
        assertThat(third.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(threads.thread(story).find(third.id())).isPresent();
        assertThat(comments.post(post(story, email(), "معلّق جديد")).status()).isEqualTo(CommentStatus.PENDING);
        assertThat(comments.post(post(story, email, "تعليق فيه كازينو")).status())
                .as("the spam rules still apply to known commenters").isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void tooManyPostsFromOneAddressOrOneEmailAreRefused() {
        for (int i = 0; i < 10; i++) {
            comments.post(post(story, email(), "تعليق رقم " + i));
        }
        assertThatThrownBy(() -> comments.post(post(story, email(), "الحادي عشر"))).isInstanceOf(TooManyRequestsException.class);

        address = "198.51.100.7-" + RUN.incrementAndGet();
        String email = email();
        for (int i = 0; i < 5; i++) {
            comments.post(post(story, email, "من البريد نفسه " + i));
        }
        address = "198.51.100.8-" + RUN.incrementAndGet();
        assertThatThrownBy(() -> comments.post(post(story, email, "السادس"))).isInstanceOf(TooManyRequestsException.class);
        assertThat(db.fetchCount(COMMENT_RATE, COMMENT_RATE.SUBJECT.contains(address))).as("no address is stored").isZero();
    }

    @Test
    void moderatorsMoveCommentsBetweenQueuesAndEditThem() {
        long a = comments.post(post(story, email(), "الأول")).id();
        long b = comments.post(post(story, email(), "الثاني")).id();
        assertThat(comments.moderate(List.of(a, b), Moderation.APPROVE)).isEqualTo(2);
        assertThat(comments.moderate(List.of(a, b), Moderation.RESTORE)).as("only from the trash").isZero();
        comments.edit(a, "الأول بعد التحرير <b>");
        assertThat(threads.thread(story).find(a).orElseThrow().html()).isEqualTo("الأول بعد التحرير &lt;b&gt;");
        comments.moderate(List.of(a), Moderation.TRASH);
        assertThat(threads.thread(story).find(a)).isEmpty();
        assertThat(repository.findById(a)).as("trash keeps the comment").isPresent();
        comments.moderate(List.of(a), Moderation.RESTORE);
        assertThat(statusOf(a)).isEqualTo(CommentStatus.PENDING);
        assertThat(repository.countByStatus(story).get(CommentStatus.APPROVED)).isEqualTo(1);
        assertThatThrownBy(() -> comments.edit(b, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void erasingACommenterRemovesAllTheirCommentsAndTheirEmail() {
        String email = email();
        long approved = comments.post(post(story, email, "سيُمحى")).id();
        comments.moderate(List.of(approved), Moderation.APPROVE);
        long answer = comments.post(new NewComment(story, approved, "غيره", email(), "رد من غيره",
                tokens.issue(Instant.now().minusSeconds(60)), null, address)).id();
        comments.moderate(List.of(answer), Moderation.APPROVE);
        comments.post(post(story, email, "وهذا أيضاً، بانتظار المراجعة"));

        assertThat(comments.erase(email.toUpperCase())).isEqualTo(2);
        assertThat(db.fetchCount(ARTICLE_COMMENT, ARTICLE_COMMENT.AUTHOR_EMAIL.eq(email))).isZero();
        CommentThread thread = threads.thread(story);
        assertThat(thread.count()).isEqualTo(1);
        assertThat(thread.comments().getFirst().id()).as("the other reader's reply stays, on its own").isEqualTo(answer);
    }

    @Test
    void importsAreStoredAsTheyAreAndOnlyOnce() {
        Instant then = Instant.parse("2019-11-27T10:00:00Z");
        long parent = comments.store(new ImportedComment(story, null, CommentStatus.APPROVED, "قارئ قديم", "OLD@example.com",
                "تعليق من ووردبريس فيه https://a.example https://b.example https://c.example", then, "wp-" + story + "-1"));
        long child = comments.store(new ImportedComment(story, parent, CommentStatus.APPROVED, "قارئ آخر", "",
                "رد قديم", then.plusSeconds(60), "wp-" + story + "-2"));
        assertThat(comments.store(new ImportedComment(story, null, CommentStatus.APPROVED, "قارئ قديم", "old@example.com",
                "تعليق من ووردبريس", then, "wp-" + story + "-1"))).isEqualTo(parent);
        Comment stored = repository.findById(parent).orElseThrow();
        assertThat(stored.createdAt()).isEqualTo(then);
        assertThat(stored.status()).as("no spam checks on imports").isEqualTo(CommentStatus.APPROVED);
        assertThat(threads.thread(story).comments().getFirst().replies()).extracting(CommentThread.Item::id).containsExactly(child);
        assertThatThrownBy(() -> comments.store(new ImportedComment(story + 100_000, null, CommentStatus.PENDING, "ن", "",
                "نص", then, null))).isInstanceOf(CommentNotFoundException.class);
    }

    @Test
    void manyImportsAreStoredInTheirOrderWithTheirThreadsAndOnlyOnce() {
        Instant then = Instant.parse("2019-11-27T10:00:00Z");
        long other = articles.create(article(unique("مقال آخر")).build());
        String id = "wp-all-" + story + "-";
        List<CommentService.Stored> first = comments.storeAll(List.of(
                new ImportedComment(story, null, CommentStatus.APPROVED, "قارئ", "A@example.com", "أول", then, id + 1, null),
                new ImportedComment(story, null, CommentStatus.PENDING, "قارئ ثان", "", "رد", then.plusSeconds(60), id + 2, id + 1),
                new ImportedComment(story, null, CommentStatus.APPROVED, "", "", "بلا اسم", then, id + 3, null),
                new ImportedComment(other, null, CommentStatus.APPROVED, "قارئ", "", "رد في مقال آخر", then, id + 4, id + 1),
                new ImportedComment(story, null, CommentStatus.SPAM, "قارئ", "", "أبوه يأتي بعده", then, id + 5, id + 6),
                new ImportedComment(story, null, CommentStatus.TRASH, "قارئ", "", "بعد ابنه", then, id + 6, null),
                new ImportedComment(story + 100_000, null, CommentStatus.APPROVED, "قارئ", "", "بلا مقال", then, id + 7, null)));

        assertThat(first).extracting(CommentService.Stored::created).containsExactly(true, true, false, false, true, true, false);
        assertThat(first.get(2).refusal().problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("comments.error.name");
        assertThat(first.get(3).refusal().problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("comments.error.parent");
        assertThat(first.get(6).refusal()).isNotNull();
        Comment parent = repository.findById(first.get(0).id()).orElseThrow();
        Comment reply = repository.findById(first.get(1).id()).orElseThrow();
        assertThat(parent.authorEmail()).isEqualTo("a@example.com");
        assertThat(reply.parentId()).isEqualTo(parent.id());
        assertThat(reply.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(repository.findById(first.get(4).id()).orElseThrow().parentId())
                .as("a parent further down the list is not known yet").isNull();
        assertThat(first.get(0).id()).isLessThan(first.get(1).id());
        assertThat(first.get(4).id()).isLessThan(first.get(5).id());
        // four comments stored under the story, one change each readers and staff are told of
        assertThat(db.select(CHANGE_LOG.ACTION).from(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq(CommentService.ENTITY))
                .and(CHANGE_LOG.ENTITY_ID.eq(story)).orderBy(CHANGE_LOG.ID).fetch(CHANGE_LOG.ACTION))
                .containsExactly("imported", "staff-only");

        List<CommentService.Stored> again = comments.storeAll(List.of(
                new ImportedComment(story, null, CommentStatus.APPROVED, "قارئ", "", "أول", then, id + 1, null),
                new ImportedComment(story, null, CommentStatus.APPROVED, "قارئ", "", "جديد", then, id + 8, id + 2)));
        assertThat(again).extracting(CommentService.Stored::created).containsExactly(false, true);
        assertThat(again.get(0).id()).isEqualTo(parent.id());
        assertThat(repository.findById(again.get(1).id()).orElseThrow().parentId()).isEqualTo(reply.id());
    }

    private static SiteSettings withComments(SiteSettings s, int days, boolean atOnce) {
        return new SiteSettings(s.name(), s.headlineSection(), s.months(), s.digits(), s.hijri(), s.feedFullContent(),
                s.publisherLogo(), days, atOnce);
    }
}
