package org.akhbar.newsroom.web;

import java.util.List;

/** Erasing a commenter's data: the email as typed, what was wrong, and what was erased (null: nothing yet). */
public record CommentErasePage(NewsroomChrome chrome, String email, List<FormProblem> problems, String message) {
}
