package org.akhbar.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleNotFoundException;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleWorkflow;
import org.akhbar.article.Revision;
import org.akhbar.article.RevisionRepository;
import org.akhbar.newsroom.TextDiff;
import org.akhbar.platform.ForbiddenException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** An article's revisions: the list, what each changed against the one before, and restoring one. */
@Controller
class RevisionsController {

    private final NewsroomPages pages;
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticleWorkflow workflow;

    RevisionsController(NewsroomPages pages, ArticleRepository articles, RevisionRepository revisions,
            ArticleWorkflow workflow) {
        this.pages = pages;
        this.articles = articles;
        this.revisions = revisions;
        this.workflow = workflow;
    }

    @GetMapping("/newsroom/articles/{id:\\d{1,18}}/revisions")
    ModelAndView list(HttpServletRequest request, @PathVariable long id) {
        Article article = editable(id);
        return new ModelAndView("newsroom/revisions", "page",
                new RevisionsPage(pages.chrome(request), article, revisions.findByArticle(id)));
    }

    @GetMapping("/newsroom/articles/{id:\\d{1,18}}/revisions/{revisionId:\\d{1,18}}")
    ModelAndView show(HttpServletRequest request, @PathVariable long id, @PathVariable long revisionId) {
        Article article = editable(id);
        Revision revision = revisions.find(id, revisionId).orElseThrow(() -> new ArticleNotFoundException(id));
        Revision previous = revisions.findPrevious(revision).orElse(null);
        List<FieldDiff> fields = List.of(
                diff("editor.field.title", previous == null ? "" : previous.title(), revision.title()),
                diff("editor.field.kicker", previous == null ? null : previous.kicker(), revision.kicker()),
                diff("editor.field.excerpt", previous == null ? null : previous.excerpt(), revision.excerpt()),
                diff("editor.field.body", previous == null ? "" : plain(previous.bodyHtml()), plain(revision.bodyHtml())),
                diff("editor.field.sections", previous == null ? "" : String.join("، ", previous.sections()),
                        String.join("، ", revision.sections())),
                diff("editor.field.tags", previous == null ? "" : String.join("، ", previous.tags()),
                        String.join("، ", revision.tags())),
                diff("editor.field.slug", previous == null ? "" : previous.slug(), revision.slug()));
        return new ModelAndView("newsroom/revision", "page",
                new RevisionPage(pages.chrome(request), article, revision, previous, fields));
    }

    @PostMapping("/newsroom/articles/{id:\\d{1,18}}/revisions/{revisionId:\\d{1,18}}/restore")
    ModelAndView restore(@PathVariable long id, @PathVariable long revisionId, @RequestParam int version) {
        workflow.restore(id, revisionId, version, NewsroomPages.currentStaff());
        return Redirects.to("/newsroom/articles/" + id + "?saved=restore");
    }

    private Article editable(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!workflow.mayEdit(NewsroomPages.currentStaff(), id)) {
            throw new ForbiddenException("article.error.may-not-edit");
        }
        return article;
    }

    private static FieldDiff diff(String labelKey, String before, String after) {
        List<TextDiff.Part> parts = TextDiff.between(before == null ? "" : before, after == null ? "" : after);
        return new FieldDiff(labelKey, TextDiff.changed(parts) ? parts : List.of());
    }

    /** The body's text, a line per block, for comparing words rather than markup. */
    static String plain(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        StringBuilder text = new StringBuilder();
        document.body().select("p, h2, h3, h4, li, figcaption").forEach(block -> text.append(block.text()).append('\n'));
        document.body().select("aside[data-article-id]").forEach(aside ->
                text.append("[").append(aside.attr("data-article-id")).append("]\n"));
        return text.toString();
    }
}
