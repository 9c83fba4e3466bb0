package org.akhbar.transfer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.akhbar.comment.CommentService;
import org.akhbar.comment.CommentStatus;
import org.akhbar.comment.ImportedComment;
import org.springframework.stereotype.Component;

/**
 * WordPress posts' comments ({@code wp:comment}) stored through the comment module, inside their
 * posts' transaction, so they are as whole as their posts: with their threading, author, e-mail,
 * date and state (1 approved, 0 pending, spam, trash). Each keeps its WordPress id as its
 * external id, so a re-run finds it instead of adding it again. Pingbacks and trackbacks are not
 * comments and are left out.
 */
@Component
class WordPressComments {

    /** A comment left out, as a message key of the UI bundle and its arguments. */
    record Skip(long line, String messageKey, Object... arguments) {
    }

    /** What became of one post's comments. */
    record Counts(long created, long updated, List<Skip> skipped) {
    }

    private final CommentService comments;

    WordPressComments(CommentService comments) {
        this.comments = comments;
    }

    /** One comment of a post, converted and ready to store once its post has an id. */
    private record Pending(Wxr.Comment comment, CommentStatus status, String author, String email, String text,
            Instant date, String externalId, String parentExternalId) {
    }

    /** A post's comments converted (on any thread), and those left out already. */
    record Prepared(Wxr.Item item, List<Pending> pending, List<Skip> skipped) {
    }

    /** A post's converted comments, and the article the post became. */
    record ForArticle(Prepared comments, long articleId) {
    }

    /** Converts a post's comments; writes nothing, reads nothing, so any thread may. */
    static Prepared prepare(String origin, Wxr.Item item, ZoneOffset offset, ZoneId zone) {
        List<Pending> pending = new ArrayList<>(item.comments().size());
        List<Skip> skipped = new ArrayList<>();
        for (Wxr.Comment comment : item.comments()) {
            String type = comment.type().strip();
            if (!type.isEmpty() && !type.equals("comment")) {
                skipped.add(new Skip(item.line(), "wordpress.skip.comment-type", comment.id(), item.id(), type));
                continue;
            }
            String parent = comment.parent().isBlank() || comment.parent().strip().equals("0") ? null
                    : externalId(origin, comment.parent());
            String author = comment.author().isBlank() ? "—" : comment.author();
            pending.add(new Pending(comment, status(comment.approved()), author, comment.email(),
                    WordPressMapping.commentText(comment.content()), date(comment, offset, zone),
                    externalId(origin, comment.id()), parent));
        }
        return new Prepared(item, pending, skipped);
    }

    /**
     * Stores the comments of many posts in the caller's transaction, with few statements. A comment
     * already stored (a re-run) counts as updated and is left as it is; one the comment module
     * refuses is skipped, and its post kept without it. Answers the counts of each post, in order.
     */
    List<Counts> storeAll(List<ForArticle> posts) {
        List<ImportedComment> all = new ArrayList<>();
        for (ForArticle post : posts) {
            for (Pending p : post.comments().pending()) {
                all.add(new ImportedComment(post.articleId(), null, p.status(), p.author(), p.email(), p.text(), p.date(),
                        p.externalId(), p.parentExternalId()));
            }
        }
        List<CommentService.Stored> outcomes = comments.storeAll(all);
        List<Counts> counts = new ArrayList<>(posts.size());
        int at = 0;
        for (ForArticle post : posts) {
            long created = 0;
            long updated = 0;
            Wxr.Item item = post.comments().item();
            List<Skip> skipped = new ArrayList<>(post.comments().skipped());
            for (Pending p : post.comments().pending()) {
                CommentService.Stored outcome = outcomes.get(at++);
                if (outcome.refusal() != null) {
                    skipped.add(new Skip(item.line(), "wordpress.skip.comment", p.comment().id(), item.id()));
                } else if (outcome.created()) {
                    created++;
                } else {
                    updated++;
                }
            }
            counts.add(new Counts(created, updated, skipped));
        }
        return counts;
    }

    static String externalId(String origin, String commentId) {
        return origin + ":comment:" + commentId.strip();
    }

    /** WordPress's approval state: 1, 0, spam, trash (and post-trashed, with its post). */
    static CommentStatus status(String approved) {
        return switch (approved.strip()) {
            case "1", "approve" -> CommentStatus.APPROVED;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.TRASH;
            default -> CommentStatus.PENDING;
        };
    }

    /** WordPress's approval state for a comment's. */
    static String approved(CommentStatus status) {
        return switch (status) {
            case APPROVED -> "1";
            case PENDING -> "0";
            case SPAM -> "spam";
            case TRASH -> "trash";
        };
    }

    private static Instant date(Wxr.Comment comment, ZoneOffset offset, ZoneId zone) {
        Optional<LocalDateTime> gmt = WordPressMapping.time(comment.dateGmt());
        if (gmt.isPresent()) {
            return gmt.get().toInstant(ZoneOffset.UTC);
        }
        return WordPressMapping.time(comment.date())
                .map(local -> offset != null ? local.toInstant(offset) : local.atZone(zone).toInstant())
                .orElse(null);
    }
}
