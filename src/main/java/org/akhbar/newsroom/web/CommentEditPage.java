package org.akhbar.newsroom.web;

import org.akhbar.comment.Comment;

/** Editing one comment's text: the comment, the text as typed, its article, and the outcome. */
public record CommentEditPage(NewsroomChrome chrome, Comment comment, String text, String articleTitle,
        String articlePath, java.util.List<FormProblem> problems, String message) {
}
