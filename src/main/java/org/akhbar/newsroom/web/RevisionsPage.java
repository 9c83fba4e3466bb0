package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.article.Article;
import org.akhbar.article.Revision;

/** An article's revisions, newest first. */
public record RevisionsPage(NewsroomChrome chrome, Article article, List<Revision> revisions) {
}
