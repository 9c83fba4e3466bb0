package org.akhbar.comment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.comment.CommentForm;
import org.akhbar.comment.CommentNotFoundException;
import org.akhbar.comment.CommentService;
import org.akhbar.comment.CommentService.Posted;
import org.akhbar.comment.CommentTarget;
import org.akhbar.comment.CommentTargets;
import org.akhbar.comment.CommentThreads;
import org.akhbar.comment.FormTokens;
import org.akhbar.comment.NewComment;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.TooManyRequestsException;
import org.akhbar.site.Chrome;
import org.akhbar.site.Messages;
import org.akhbar.site.SiteChrome;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Readers' comments arrive here. Without JavaScript the form posts and is answered post, redirect,
 * get: back to the article with a message (so reloading does not post twice), or, when refused, a
 * page that says why and keeps the text in the form, with a 4xx (429 for a flood; 503 when the
 * database is too busy to take it, so the reader knows to send it again). The enhancing
 * script posts the same form asking for JSON and shows the answer in place.
 *
 * <p>The reader's address is {@code request.getRemoteAddr()}: behind a proxy or load balancer, set
 * {@code server.forward-headers-strategy=native} so that it is the reader's and not the proxy's.
 */
@Controller
class CommentController {

    private final CommentService comments;
    private final CommentThreads threads;
    private final CommentTargets targets;
    private final FormTokens tokens;
    private final SiteChrome chrome;

    CommentController(CommentService comments, CommentThreads threads, CommentTargets targets, FormTokens tokens,
            SiteChrome chrome) {
        this.comments = comments;
        this.threads = threads;
        this.targets = targets;
        this.tokens = tokens;
        this.chrome = chrome;
    }

    /** A freshly signed form time for the script: the minimum time then counts from now, not from the cached page. */
    @GetMapping(path = "/comments/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> token() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", tokens.issue()));
    }

    @PostMapping("/article/{id:\\d{1,18}}/comments")
    Object post(@PathVariable long id, PostedComment posted, HttpServletRequest request, HttpServletResponse response) {
        boolean script = fromScript(request);
        response.setHeader("Cache-Control", "no-store");
        Messages t = chrome.messages();
        CommentTarget target = targets.published(id).orElseThrow(() -> new CommentNotFoundException("No article " + id));
        int status;
        List<String> problems;
        String code;
        try {
            Posted done = comments.post(new NewComment(id, parent(posted.parent()), posted.name(), posted.email(),
                    posted.text(), posted.token(), posted.website(), request.getRemoteAddr()));
            String location = target.path() + (done.shown() ? "?comment=posted#comment-" + done.id() : "?comment=pending#comments");
            if (script) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", done.id());
                body.put("status", done.shown() ? "posted" : "pending");
                body.put("message", t.get(done.shown() ? "comments.notice.posted" : "comments.notice.pending"));
                body.put("location", location);
                return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(body);
            }
            RedirectView redirect = new RedirectView(location);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            redirect.setExpandUriTemplateVariables(false);
            return new ModelAndView(redirect);
        } catch (InvalidInputException e) {
            status = 400;
            code = "invalid";
            problems = e.problems().stream().map(p -> t.get(p.messageKey(), p.arguments())).toList();
        } catch (ForbiddenException e) {
            status = 403;
            code = "closed";
            problems = List.of(t.get(e.messageKey()));
        } catch (ConflictException e) {
            status = 409;
            code = "duplicate";
            problems = List.of(t.get(e.messageKey()));
        } catch (TransientDataAccessException | CannotCreateTransactionException e) {
            // The database is overwhelmed (every connection busy): a clear "try again", not a 500.
            status = 503;
            code = "busy";
            problems = List.of(t.get("comments.error.busy"));
            response.setHeader("Retry-After", "30");
        } catch (TooManyRequestsException e) {
            status = 429;
            code = "rate";
            problems = List.of(t.get(e.messageKey()));
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        if (script) {
            return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                    .body(Map.of("error", code, "message", String.join(" ", problems), "problems", problems));
        }
        response.setStatus(status);
        CommentForm typed = new CommentForm(nullToEmpty(posted.name()), nullToEmpty(posted.email()),
                nullToEmpty(posted.text()), parentOrNull(posted.parent()), null);
        Chrome page = chrome.chrome();
        return new ModelAndView("comment/refused", "page",
                new CommentRefusedPage(page, target.title(), status, threads.refused(target, typed, problems)));
    }

    /** The enhancing script asks for JSON (the newsroom's scripts do the same). */
    private static boolean fromScript(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "fetch".equals(request.getHeader("X-Requested-With"))
                || (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE));
    }

    private static Long parent(String parent) {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        if (!parent.strip().matches("\\d{1,18}")) {
            throw new InvalidInputException("parent", "comments.error.parent");
        }
        return Long.parseLong(parent.strip());
    }

    private static Long parentOrNull(String parent) {
        return parent != null && parent.strip().matches("\\d{1,18}") ? Long.parseLong(parent.strip()) : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
