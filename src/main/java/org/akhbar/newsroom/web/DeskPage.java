package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.article.ArticleStatus;
import org.akhbar.article.DeskItem;
import org.akhbar.people.Account;
import org.akhbar.taxonomy.Section;

/** The article list's model; the filter's values are echoed into its form. */
public record DeskPage(NewsroomChrome chrome, List<DeskItem> items, String nextUrl, String status, Long section,
        Long author, String q, List<ArticleStatus> statuses, List<Section> sections, List<Account> authors) {
}
