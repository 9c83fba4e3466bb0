package org.akhbar.newsroom.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleNotFoundException;
import org.akhbar.article.ArticlePreviews;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService.Saved;
import org.akhbar.article.ArticleStatus;
import org.akhbar.article.ArticleWorkflow;
import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.article.NoteKind;
import org.akhbar.article.NoteRepository;
import org.akhbar.article.RevisionRepository;
import org.akhbar.media.MediaRepository;
import org.akhbar.people.Role;
import org.akhbar.people.Staff;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.site.Messages;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.taxonomy.TagRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The editor: one form for a new or existing article, saved by its buttons (save, submit, publish,
 * schedule …) or, every few seconds, by the editor's script (autosave, answered in JSON). A refused
 * save shows the form again with what was typed and the reason; a stale one (someone saved in
 * between) is a 409 that keeps the text on screen.
 */
@Controller
class EditorController {

    /** What the page may say was just done ({@code ?saved=…} after a redirect). */
    private static final Set<String> SAVED = Stream.concat(Stream.of(Action.values()).map(Action::code),
            Stream.of("note", "restore")).collect(Collectors.toUnmodifiableSet());

    private final NewsroomPages pages;
    private final ArticleWorkflow workflow;
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final NoteRepository notes;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final ArticlePreviews previews;
    private final MediaRepository media;
    private final Clock clock;

    EditorController(NewsroomPages pages, ArticleWorkflow workflow, ArticleRepository articles,
            RevisionRepository revisions, NoteRepository notes, SectionRepository sections, TagRepository tags,
            ArticlePreviews previews, MediaRepository media, Clock clock) {
        this.clock = clock;
        this.pages = pages;
        this.workflow = workflow;
        this.articles = articles;
        this.revisions = revisions;
        this.notes = notes;
        this.sections = sections;
        this.tags = tags;
        this.previews = previews;
        this.media = media;
    }

    @GetMapping("/newsroom/articles/new")
    ModelAndView create(HttpServletRequest request) {
        return editor(request, null, null, ArticleForm.empty(), List.of(), null, null);
    }

    @GetMapping("/newsroom/articles/{id:\\d{1,18}}")
    ModelAndView edit(HttpServletRequest request, @PathVariable long id,
            @RequestParam(required = false) String saved, @RequestParam(required = false) String preview) {
        Article article = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!workflow.mayEdit(staff(), id)) {
            throw new ForbiddenException("article.error.may-not-edit");
        }
        String previewUrl = preview != null && preview.matches("[A-Za-z0-9_-]{20,100}")
                ? pages.absolute("/preview/" + preview) : null;
        String savedKey = saved != null && SAVED.contains(saved) ? "editor.saved." + saved : null;
        return editor(request, article, article.status(), ArticleForm.of(article, zone()), List.of(), savedKey,
                previewUrl);
    }

    /** A new preview link for someone without an account; shown once, on the editor page. */
    @PostMapping("/newsroom/articles/{id:\\d{1,18}}/preview")
    ModelAndView preview(@PathVariable long id) {
        String token = previews.create(id, staff());
        return Redirects.to("/newsroom/articles/" + id + "?preview=" + token);
    }

    @PostMapping("/newsroom/articles")
    ModelAndView saveNew(HttpServletRequest request, HttpServletResponse response, ArticleForm form) {
        return save(request, response, null, form);
    }

    @PostMapping("/newsroom/articles/{id:\\d{1,18}}")
    ModelAndView saveExisting(HttpServletRequest request, HttpServletResponse response, @PathVariable long id,
            ArticleForm form) {
        return save(request, response, id, form);
    }

    private ModelAndView save(HttpServletRequest request, HttpServletResponse response, Long id, ArticleForm form) {
        Action action = Action.parse(form.action() == null ? "save" : form.action())
                .orElseThrow(() -> new InvalidInputException("action", "editor.error.action"));
        Messages t = pages.chrome(request).t();
        try {
            Saved saved = workflow.save(id, form.toInput(sectionsById(), zone()), form.version(), action, false, staff());
            return Redirects.to("/newsroom/articles/" + saved.id() + "?saved=" + action.code());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return reshow(request, id, form, FormProblem.of(e, t));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return reshow(request, id, form, List.of(new FormProblem("version", t.get(e.messageKey()))));
        }
    }

    /** The form again, as typed, with what went wrong. */
    private ModelAndView reshow(HttpServletRequest request, Long id, ArticleForm form, List<FormProblem> problems) {
        Article article = id == null ? null : articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return editor(request, article, article == null ? null : article.status(), form, problems, null, null);
    }

    private ModelAndView editor(HttpServletRequest request, Article article, ArticleStatus status, ArticleForm form,
            List<FormProblem> problems, String messageKey, String previewUrl) {
        Staff staff = staff();
        Long id = article == null ? null : article.id();
        boolean mayPublish = id == null ? staff.atLeast(Role.AUTHOR) : workflow.mayPublish(staff, id);
        ArticleStatus current = status == null ? ArticleStatus.DRAFT : status;
        List<Action> actions = new ArrayList<>();
        actions.add(Action.SAVE);
        for (Action action : Action.values()) {
            boolean needsPublishing = action != Action.SUBMIT && action != Action.RETURN;
            if (action != Action.SAVE && action.allowedFrom(current) && (!needsPublishing || mayPublish)) {
                actions.add(action);
            }
        }
        return new ModelAndView("newsroom/editor", "page", new EditorPage(pages.chrome(request), id, current, form,
                sections.findAll(), actions, problems, messageKey, id == null ? 0 : revisions.count(id),
                article != null && current == ArticleStatus.PUBLISHED ? article.path() : null,
                id == null ? List.of() : notes.findByArticle(id), staff.atLeast(Role.EDITOR),
                mayPublish && current == ArticleStatus.PUBLISHED, previewUrl,
                form.featuredMediaId() == null ? null : media.findById(form.featuredMediaId()).orElse(null)));
    }

    // ---- autosave, answered in JSON --------------------------------------------------------------

    @PostMapping("/newsroom/articles/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosaveNew(HttpServletRequest request, ArticleForm form) {
        return autosave(request, null, form);
    }

    @PostMapping("/newsroom/articles/{id:\\d{1,18}}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosaveExisting(HttpServletRequest request, @PathVariable long id,
            ArticleForm form) {
        return autosave(request, id, form);
    }

    private ResponseEntity<Map<String, Object>> autosave(HttpServletRequest request, Long id, ArticleForm form) {
        NewsroomChrome chrome = pages.chrome(request);
        Messages t = chrome.t();
        try {
            Saved saved = workflow.save(id, form.toInput(sectionsById(), zone()), form.version(), Action.SAVE, true, staff());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", saved.id());
            body.put("version", saved.version());
            body.put("editUrl", "/newsroom/articles/" + saved.id());
            body.put("message", t.get("editor.autosaved", chrome.dateTime(clock.instant())));
            return ResponseEntity.ok(body);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid", "message",
                    FormProblem.of(e, t).getFirst().message(), "problems", FormProblem.of(e, t)));
        } catch (ConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message",
                    t.get("editor.conflict")));
        } catch (ForbiddenException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden", "message",
                    t.get(e.messageKey())));
        }
    }

    // ---- corrections and updates ------------------------------------------------------------------

    @PostMapping("/newsroom/articles/{id:\\d{1,18}}/notes")
    ModelAndView addNote(@PathVariable long id, @RequestParam String kind, @RequestParam String body) {
        NoteKind noteKind = NoteKind.parse(kind).orElseThrow(() -> new InvalidInputException("kind", "editor.error.note-kind"));
        workflow.addNote(id, noteKind, body, staff());
        return Redirects.to("/newsroom/articles/" + id + "?saved=note");
    }

    // ---- pickers for the editor's script ---------------------------------------------------------

    /** Articles for the "اقرأ أيضاً" picker. */
    @GetMapping("/newsroom/articles.json")
    @ResponseBody
    Map<String, Object> findArticles(@RequestParam(defaultValue = "") String q) {
        return Map.of("items", articles.findByTitle(q, 20).stream().map(a -> Map.of(
                "id", a.id(), "title", a.title(), "status", a.status().code())).toList());
    }

    /** Tag names for autocomplete. */
    @GetMapping("/newsroom/tags.json")
    @ResponseBody
    Map<String, Object> findTags(@RequestParam(defaultValue = "") String q) {
        return Map.of("items", q.isBlank() ? List.of() : tags.findByPrefix(q, 15).stream().map(t -> t.name()).toList());
    }

    private Map<Long, Section> sectionsById() {
        return sections.findAll().stream().collect(Collectors.toMap(Section::id, Function.identity()));
    }

    private ZoneId zone() {
        return pages.zone();
    }

    private static Staff staff() {
        return NewsroomPages.currentStaff();
    }
}
