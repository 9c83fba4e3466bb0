package org.akhbar.comment;

import java.util.List;

/**
 * The comments block under an article: the thread, whether the form is offered, the form itself,
 * and what to tell the reader. {@code action} is where the form posts; {@code replyingTo} the name
 * of the commenter answered (null: a new comment); {@code noticeKey} a message after posting (null:
 * none); {@code problems} what was wrong with a refused post; {@code script} the enhancing script.
 */
public record CommentSection(long articleId, String articlePath, String action, boolean open, CommentThread thread,
        CommentForm form, String replyingTo, String noticeKey, List<String> problems, String script) {
}
