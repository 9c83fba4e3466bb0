package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.akhbar.article.ArticleStatus;
import org.akhbar.comment.CommentStatus;
import org.junit.jupiter.api.Test;

class WordPressMappingTests {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private static Wxr.Item item(String status, String postDate, String postDateGmt, Map<String, String> meta) {
        return new Wxr.Item(1, "42", "t", "", "", "", "", "", "", postDate, postDateGmt, "", status, "post", "0", "",
                "open", List.of(), meta, List.of());
    }

    private static Wxr.Item item(String status) {
        return item(status, "", "", Map.of());
    }

    @Test
    void publishedAndScheduledPostsArePublished() {
        assertThat(WordPressMapping.status(item("publish"))).contains(ArticleStatus.PUBLISHED);
        assertThat(WordPressMapping.status(item("future"))).contains(ArticleStatus.PUBLISHED);
    }

    @Test
    void draftsAndPrivatePostsAreDraftsPendingOnesAwaitReview() {
        assertThat(WordPressMapping.status(item("draft"))).contains(ArticleStatus.DRAFT);
        assertThat(WordPressMapping.status(item("private"))).contains(ArticleStatus.DRAFT);
        assertThat(WordPressMapping.status(item("pending"))).contains(ArticleStatus.REVIEW);
    }

    @Test
    void trashAndAutoDraftsAreNotImported() {
        assertThat(WordPressMapping.status(item("trash"))).isEmpty();
        assertThat(WordPressMapping.status(item("auto-draft"))).isEmpty();
        assertThat(WordPressMapping.status(item("inherit"))).isEmpty();
    }

    @Test
    void aStatusKeptByAnAkhbarExportWins() {
        assertThat(WordPressMapping.status(item("private", "", "", Map.of(WordPressMapping.STATUS_META, "unpublished"))))
                .contains(ArticleStatus.UNPUBLISHED);
    }

    @Test
    void theGmtTimeIsUsedWhenThereIsOne() {
        assertThat(WordPressMapping.publishedAt(item("publish", "2019-05-03 13:20:30", "2019-05-03 10:20:30", Map.of()), null, RIYADH))
                .isEqualTo(Instant.parse("2019-05-03T10:20:30Z"));
    }

    @Test
    void aDraftsLocalTimeIsReadInTheSitesOffsetLearnedFromOtherPosts() {
        Wxr.Item draft = item("draft", "2019-06-01 12:00:00", "0000-00-00 00:00:00", Map.of());
        assertThat(WordPressMapping.publishedAt(draft, ZoneOffset.ofHours(1), RIYADH)).isEqualTo(Instant.parse("2019-06-01T11:00:00Z"));
        assertThat(WordPressMapping.publishedAt(draft, null, RIYADH)).isEqualTo(Instant.parse("2019-06-01T09:00:00Z"));
    }

    @Test
    void theOffsetIsTheDifferenceOfLocalAndGmtTimes() {
        assertThat(WordPressMapping.offsetOf(item("publish", "2019-05-03 13:20:30", "2019-05-03 10:20:30", Map.of())))
                .contains(ZoneOffset.ofHours(3));
        assertThat(WordPressMapping.offsetOf(item("draft", "2019-05-03 13:20:30", "0000-00-00 00:00:00", Map.of()))).isEmpty();
    }

    @Test
    void slugsAreDecodedAndEncodedTheWayWordPressKeepsThem() {
        assertThat(WordPressMapping.slug("%d9%86%d9%81%d8%b7")).isEqualTo("نفط");
        assertThat(WordPressMapping.wordpressSlug("نفط")).isEqualTo("%d9%86%d9%81%d8%b7");
        assertThat(WordPressMapping.wordpressSlug("oil-2")).isEqualTo("oil-2");
    }

    @Test
    void usernamesKeepWhatAccountsAllowAndArabicLoginsGetOneFromTheId() {
        assertThat(WordPressMapping.username("Sara.Editor", "2")).isEqualTo("sara.editor");
        assertThat(WordPressMapping.username("أحمد", "3")).isEqualTo("wp-author-3");
        assertThat(WordPressMapping.username("john doe", "4")).isEqualTo("john-doe");
    }

    @Test
    void theExternalIdIsTheOriginAndPostIdUnlessAnAkhbarExportKeptOne() {
        assertThat(WordPressMapping.externalId("wordpress:news.example.com", item("publish"))).isEqualTo("wordpress:news.example.com:42");
        assertThat(WordPressMapping.externalId("wordpress:x", item("publish", "", "", Map.of(WordPressMapping.EXTERNAL_ID_META, "fixture-1"))))
                .isEqualTo("fixture-1");
    }

    @Test
    void theOriginIsTheSitesHostWithoutWww() {
        assertThat(WordPressMapping.origin(new Wxr.Site(1, "", "https://www.News.Example.com/", "", "")))
                .isEqualTo("wordpress:news.example.com");
    }

    @Test
    void commentTextLosesItsMarkupButKeepsItsLines() {
        assertThat(WordPressMapping.commentText("سطر<br />ثان <a href=\"https://x.example\">رابط</a>")).isEqualTo("سطر\nثان رابط");
        assertThat(WordPressMapping.commentText("نص عادي")).isEqualTo("نص عادي");
    }

    @Test
    void wordpressApprovalStatesBecomeCommentStatuses() {
        assertThat(WordPressComments.status("1")).isEqualTo(CommentStatus.APPROVED);
        assertThat(WordPressComments.status("0")).isEqualTo(CommentStatus.PENDING);
        assertThat(WordPressComments.status("spam")).isEqualTo(CommentStatus.SPAM);
        assertThat(WordPressComments.status("trash")).isEqualTo(CommentStatus.TRASH);
        for (CommentStatus status : CommentStatus.values()) {
            assertThat(WordPressComments.status(WordPressComments.approved(status))).isEqualTo(status);
        }
    }

    @Test
    void anExcerptIsPlainText() {
        assertThat(WordPressMapping.excerpt("<p>ملخص <em>القمة</em></p>", 1000)).isEqualTo("ملخص القمة");
        assertThat(WordPressMapping.excerpt("  ", 1000)).isNull();
    }
}
