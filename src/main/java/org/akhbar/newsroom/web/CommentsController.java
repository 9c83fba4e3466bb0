package org.akhbar.newsroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.comment.Comment;
import org.akhbar.comment.CommentNotFoundException;
import org.akhbar.comment.CommentRepository;
import org.akhbar.comment.CommentRepository.QueueFilter;
import org.akhbar.comment.CommentService;
import org.akhbar.comment.CommentStatus;
import org.akhbar.comment.Moderation;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Moderating readers' comments, for editors and administrators (the security chain admits no one
 * else): the queue by status with filters and bulk actions, editing a comment's text, and erasing a
 * commenter's data on request. Plain forms answered with redirects, so it works without JavaScript.
 */
@Controller
class CommentsController {

    static final String PAGE = "/newsroom/comments";
    private static final int PAGE_SIZE = 50;

    private final NewsroomPages pages;
    private final CommentService service;
    private final CommentRepository comments;
    private final ArticleRepository articles;

    CommentsController(NewsroomPages pages, CommentService service, CommentRepository comments,
            ArticleRepository articles) {
        this.pages = pages;
        this.service = service;
        this.comments = comments;
        this.articles = articles;
    }

    @GetMapping(PAGE)
    ModelAndView queue(HttpServletRequest request, @RequestParam(defaultValue = "pending") String status,
            @RequestParam(required = false) String article, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, @RequestParam(required = false) String done) {
        NewsroomChrome chrome = pages.chrome(request);
        String message = done != null && done.matches("\\d{1,6}") ? chrome.t().get("comments.done", Integer.parseInt(done)) : null;
        return queuePage(chrome, status, article, q, after, message, List.of());
    }

    @PostMapping(PAGE)
    ModelAndView moderate(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) List<Long> ids, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "pending") String status, @RequestParam(required = false) String article,
            @RequestParam(required = false) String q) {
        try {
            Moderation moderation = Moderation.parse(action)
                    .orElseThrow(() -> new InvalidInputException("action", "comments.error.action"));
            if (ids == null || ids.isEmpty()) {
                throw new InvalidInputException("ids", "comments.error.no-selection");
            }
            int changed = service.moderate(ids, moderation);
            String back = queueUrl(parseStatus(status), article, q, null);
            return Redirects.to(back + (back.contains("?") ? "&" : "?") + "done=" + changed);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            NewsroomChrome chrome = pages.chrome(request);
            return queuePage(chrome, status, article, q, null, null, FormProblem.of(e, chrome.t()));
        }
    }

    @GetMapping(PAGE + "/{id:\\d{1,18}}")
    ModelAndView edit(HttpServletRequest request, @PathVariable long id, @RequestParam(required = false) String saved) {
        NewsroomChrome chrome = pages.chrome(request);
        Comment comment = find(id);
        return editPage(chrome, comment, comment.body(), List.of(), saved == null ? null : chrome.t().get("comments.edited"));
    }

    @PostMapping(PAGE + "/{id:\\d{1,18}}")
    ModelAndView save(HttpServletRequest request, HttpServletResponse response, @PathVariable long id,
            @RequestParam(required = false) String text) {
        Comment comment = find(id);
        try {
            service.edit(id, text);
            return Redirects.to(PAGE + "/" + id + "?saved");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            NewsroomChrome chrome = pages.chrome(request);
            return editPage(chrome, comment, text == null ? "" : text, FormProblem.of(e, chrome.t()), null);
        }
    }

    @GetMapping(PAGE + "/erase")
    ModelAndView eraseForm(HttpServletRequest request, @RequestParam(required = false) String erased) {
        NewsroomChrome chrome = pages.chrome(request);
        String message = erased != null && erased.matches("\\d{1,6}")
                ? chrome.t().get("comments.erased", Integer.parseInt(erased)) : null;
        return new ModelAndView("newsroom/comment-erase", "page", new CommentErasePage(chrome, "", List.of(), message));
    }

    @PostMapping(PAGE + "/erase")
    ModelAndView erase(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String email, @RequestParam(required = false) String confirm) {
        try {
            if (!"true".equals(confirm)) {
                throw new InvalidInputException("confirm", "comments.error.erase-confirm");
            }
            int erased = service.erase(email);
            return Redirects.to(PAGE + "/erase?erased=" + erased);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            NewsroomChrome chrome = pages.chrome(request);
            return new ModelAndView("newsroom/comment-erase", "page",
                    new CommentErasePage(chrome, email == null ? "" : email, FormProblem.of(e, chrome.t()), null));
        }
    }

    private ModelAndView queuePage(NewsroomChrome chrome, String status, String article, String q, String after,
            String message, List<FormProblem> problems) {
        CommentStatus shown = parseStatus(status);
        Long articleId = article != null && article.strip().matches("\\d{1,18}") ? Long.valueOf(article.strip()) : null;
        Cursor cursor = after == null || after.isBlank() ? null : Cursor.parse(after);
        Slice<Comment> slice = comments.queue(new QueueFilter(shown, articleId, q), cursor, PAGE_SIZE);
        Map<Long, Optional<Article>> byId = new HashMap<>();
        List<CommentsPage.Row> rows = slice.items().stream().map(c -> {
            Optional<Article> a = byId.computeIfAbsent(c.articleId(), articles::findById);
            return new CommentsPage.Row(c, a.map(Article::title).orElse(null), a.map(Article::path).orElse(null));
        }).toList();
        List<Moderation> actions = java.util.Arrays.stream(Moderation.values()).filter(m -> m.allowedFrom(shown)).toList();
        String next = slice.next().map(c -> queueUrl(shown, article, q, c.token())).orElse(null);
        return new ModelAndView("newsroom/comments", "page", new CommentsPage(chrome, shown,
                comments.countByStatus(articleId), article == null ? "" : article, q == null ? "" : q, rows, actions,
                next, message, problems));
    }

    private ModelAndView editPage(NewsroomChrome chrome, Comment comment, String text, List<FormProblem> problems,
            String message) {
        Optional<Article> article = articles.findById(comment.articleId());
        return new ModelAndView("newsroom/comment-edit", "page", new CommentEditPage(chrome, comment, text,
                article.map(Article::title).orElse(null), article.map(Article::path).orElse(null), problems, message));
    }

    private Comment find(long id) {
        return comments.findById(id).orElseThrow(() -> new CommentNotFoundException("No comment " + id));
    }

    private static CommentStatus parseStatus(String status) {
        return CommentStatus.parse(status).orElse(CommentStatus.PENDING);
    }

    /** The queue's address for a status, filters and position. */
    static String queueUrl(CommentStatus status, String article, String words, String after) {
        StringBuilder url = new StringBuilder(PAGE).append("?status=").append(status.code());
        if (article != null && !article.isBlank()) {
            url.append("&article=").append(encode(article.strip()));
        }
        if (words != null && !words.isBlank()) {
            url.append("&q=").append(encode(words.strip()));
        }
        if (after != null) {
            url.append("&after=").append(encode(after));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
