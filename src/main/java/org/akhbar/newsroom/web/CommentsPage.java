package org.akhbar.newsroom.web;

import java.util.List;
import java.util.Map;

import org.akhbar.comment.Comment;
import org.akhbar.comment.CommentStatus;
import org.akhbar.comment.Moderation;

/**
 * The moderation queue's model: the status shown with the count of each, the filters as typed,
 * a page of comments with their articles, the actions that apply here, the next page's address
 * (null: none) and what was just done (null: nothing).
 */
public record CommentsPage(NewsroomChrome chrome, CommentStatus status, Map<CommentStatus, Integer> counts,
        String article, String words, List<Row> rows, List<Moderation> actions, String nextUrl, String message,
        List<FormProblem> problems) {

    /** A comment in the queue, with the title and address of its article (null if gone). */
    public record Row(Comment comment, String articleTitle, String articlePath) {
    }

    /** The address of a status tab, keeping the filters. */
    public String tab(CommentStatus wanted) {
        return CommentsController.queueUrl(wanted, article, words, null);
    }
}
