package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.article.Article;
import org.akhbar.article.Revision;

/** One revision, compared with the one before it ({@code previous} null for the first). */
public record RevisionPage(NewsroomChrome chrome, Article article, Revision revision, Revision previous,
        List<FieldDiff> fields) {
}
