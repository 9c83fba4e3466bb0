package org.akhbar.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleStatus;
import org.akhbar.article.DeskFilter;
import org.akhbar.article.DeskItem;
import org.akhbar.people.Account;
import org.akhbar.people.AccountRepository;
import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.Slice;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The newsroom's article list: every status, most recently changed first, with filters. */
@Controller
class DeskController {

    static final int PAGE = 30;

    private final NewsroomPages pages;
    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final AccountRepository accounts;

    DeskController(NewsroomPages pages, ArticleRepository articles, SectionRepository sections,
            AccountRepository accounts) {
        this.pages = pages;
        this.articles = articles;
        this.sections = sections;
        this.accounts = accounts;
    }

    @GetMapping("/newsroom")
    ModelAndView home() {
        return Redirects.to("/newsroom/articles");
    }

    @GetMapping("/newsroom/articles")
    ModelAndView list(HttpServletRequest request, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long section, @RequestParam(required = false) Long author,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after) {
        ArticleStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ArticleStatus.fromCode(status);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("desk.error.status", status);
            }
        }
        String words = q == null || q.isBlank() ? null : q.strip();
        if (words != null && words.length() > 200) {
            words = words.substring(0, 200);
        }
        Slice<DeskItem> slice = articles.desk(new DeskFilter(wanted, section, author, words),
                after == null || after.isBlank() ? null : Cursor.parse(after), PAGE);
        String nextUrl = slice.next().map(next -> org.springframework.web.util.UriComponentsBuilder
                .fromPath("/newsroom/articles")
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status).filter(s -> !s.isBlank()))
                .queryParamIfPresent("section", java.util.Optional.ofNullable(section))
                .queryParamIfPresent("author", java.util.Optional.ofNullable(author))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParam("after", next.token())
                .encode().build().toUriString()).orElse(null);
        return new ModelAndView("newsroom/desk", "page", new DeskPage(pages.chrome(request), slice.items(), nextUrl,
                status == null ? "" : status, section, author, q == null ? "" : q, List.of(ArticleStatus.values()),
                sections.findAll(), accounts.findAll()));
    }
}
