package org.akhbar.comment.web;

import org.akhbar.comment.CommentSection;
import org.akhbar.site.Chrome;

/** A refused comment, without JavaScript: why, and the form again with what the reader typed. */
public record CommentRefusedPage(Chrome chrome, String articleTitle, int status, CommentSection comments) {
}
