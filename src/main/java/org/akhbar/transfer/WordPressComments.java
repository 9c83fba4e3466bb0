package org.akhbar.transfer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.akhbar.comment.CommentNotFoundException;
import org.akhbar.comment.CommentRepository;
import org.akhbar.comment.CommentService;
import org.akhbar.comment.CommentStatus;
import org.akhbar.comment.ImportedComment;
import org.akhbar.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A WordPress post's comments ({@code wp:comment}) stored through the comment module, inside the
 * post's transaction, so they are as whole as their post: with their threading, author, e-mail,
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
    private final CommentRepository stored;

    WordPressComments(CommentService comments, CommentRepository stored) {
        this.comments = comments;
        this.stored = stored;
    }

    Counts importFor(String origin, Wxr.Item item, long articleId, ZoneOffset offset, ZoneId zone) {
        long created = 0;
        long updated = 0;
        List<Skip> skipped = new ArrayList<>();
        for (Wxr.Comment comment : item.comments()) {
            String type = comment.type().strip();
            if (!type.isEmpty() && !type.equals("comment")) {
                skipped.add(new Skip(item.line(), "wordpress.skip.comment-type", comment.id(), item.id(), type));
                continue;
            }
            String externalId = externalId(origin, comment.id());
            if (stored.findIdByExternalId(externalId).isPresent()) {
                updated++;
                continue;
            }
            Long parent = comment.parent().isBlank() || comment.parent().strip().equals("0") ? null
                    : stored.findIdByExternalId(externalId(origin, comment.parent())).orElse(null);
            String author = comment.author().isBlank() ? "—" : comment.author();
            try {
                // Checked and refused before the comment module writes anything: the post's
                // transaction stays good, and the post is kept without this comment.
                comments.store(new ImportedComment(articleId, parent, status(comment.approved()), author,
                        comment.email(), WordPressMapping.commentText(comment.content()), date(comment, offset, zone),
                        externalId));
                created++;
            } catch (InvalidInputException | CommentNotFoundException refused) {
                skipped.add(new Skip(item.line(), "wordpress.skip.comment", comment.id(), item.id()));
            }
        }
        return new Counts(created, updated, skipped);
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
