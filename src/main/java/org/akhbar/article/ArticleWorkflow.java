package org.akhbar.article;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.akhbar.people.Author;
import org.akhbar.people.AuthorRepository;
import org.akhbar.people.Staff;
import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's work on articles: saving as a member of staff, and moving articles through
 * draft → review → scheduled or published → unpublished. Every call checks who is asking
 * ({@link ArticlePermissions}) and which state the article is in, and writes in one transaction.
 */
@Service
public class ArticleWorkflow {

    static final int NOTE_MAX = 2000;

    /** What an editor's button asks for, besides saving. */
    public enum Action {
        SAVE(Set.of(), null),
        SUBMIT(EnumSet.of(ArticleStatus.DRAFT), ArticleStatus.REVIEW),
        RETURN(EnumSet.of(ArticleStatus.REVIEW), ArticleStatus.DRAFT),
        PUBLISH(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED),
                ArticleStatus.PUBLISHED),
        SCHEDULE(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED),
                ArticleStatus.SCHEDULED),
        UNSCHEDULE(EnumSet.of(ArticleStatus.SCHEDULED), ArticleStatus.DRAFT),
        UNPUBLISH(EnumSet.of(ArticleStatus.PUBLISHED), ArticleStatus.UNPUBLISHED);

        private final Set<ArticleStatus> from;
        private final ArticleStatus to;

        Action(Set<ArticleStatus> from, ArticleStatus to) {
            this.from = from;
            this.to = to;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean allowedFrom(ArticleStatus status) {
            return from.contains(status);
        }

        /** Publishing, scheduling and taking off the site need more than the right to edit. */
        boolean publishes() {
            return this == PUBLISH || this == SCHEDULE || this == UNSCHEDULE || this == UNPUBLISH;
        }

        public static Optional<Action> parse(String code) {
            for (Action action : values()) {
                if (action.code().equals(code)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    private final ArticleService service;
    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final NoteRepository notes;
    private final AuthorRepository authors;
    private final ChangeLog changeLog;
    private final Clock clock;

    ArticleWorkflow(ArticleService service, ArticleRepository articles, RevisionRepository revisions,
            NoteRepository notes, AuthorRepository authors, ChangeLog changeLog, Clock clock) {
        this.service = service;
        this.articles = articles;
        this.revisions = revisions;
        this.notes = notes;
        this.authors = authors;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Saves what the editor holds (a new draft when {@code id} is null), then carries out the action.
     * The article keeps its status through the save; {@code baseVersion} is the version the editor
     * loaded, and a save over a newer one is refused. Returns the article's id and version now.
     */
    @Transactional
    public ArticleService.Saved save(Long id, ArticleInput input, Integer baseVersion, Action action,
            boolean autosave, Staff staff) {
        ArticleRepository.State state = id == null ? null : stateOf(id);
        if (state != null && !ArticlePermissions.mayEdit(staff, state)) {
            throw new ForbiddenException("article.error.may-not-edit");
        }
        if (state != null && baseVersion == null) {
            throw new InvalidInputException("version", "article.error.version-missing");
        }
        ArticleStatus status = state == null ? ArticleStatus.DRAFT : state.status();
        String author = byline(state, input.author(), staff);
        Instant publishedAt = input.publishedAt() != null ? input.publishedAt()
                : state != null ? state.publishedAt() : null;
        ArticleInput toSave = new ArticleInput(null, input.title(), input.slug(), input.kicker(), input.excerpt(),
                input.bodyHtml(), input.sections(), input.tags(), author, publishedAt, status, input.featuredMediaId(),
                input.commentsOpen());
        ArticleService.Saved saved = service.write(id, toSave, baseVersion,
                autosave ? RevisionKind.AUTOSAVE : RevisionKind.SAVE, staff.id());
        if (action == Action.SAVE) {
            return saved;
        }
        int version = transition(saved.id(), action, input.publishedAt(), saved.version(), staff);
        return new ArticleService.Saved(saved.id(), saved.created(), version, saved.slug());
    }

    /**
     * Moves the article: {@code publishAt} is the time asked for (a schedule needs one to come;
     * publishing with a time to come schedules instead). Returns the article's version now.
     */
    @Transactional
    public int transition(long id, Action action, Instant publishAt, int baseVersion, Staff staff) {
        ArticleRepository.State state = stateOf(id);
        if (state.version() != baseVersion) {
            throw new ConflictException("article.error.conflict", "Article " + id + " changed since it was loaded");
        }
        boolean allowed = action.publishes() ? ArticlePermissions.mayPublish(staff, state)
                : ArticlePermissions.mayEdit(staff, state);
        if (!allowed) {
            throw new ForbiddenException(action.publishes() ? "article.error.may-not-publish" : "article.error.may-not-edit");
        }
        Instant now = clock.instant();
        if (action == Action.PUBLISH && publishAt != null && publishAt.isAfter(now)) {
            action = Action.SCHEDULE;
        }
        if (!action.allowedFrom(state.status())) {
            throw new InvalidInputException("status", "article.error.transition." + action.code());
        }
        Instant at = switch (action) {
            case PUBLISH -> publishAt != null ? publishAt
                    : state.status() == ArticleStatus.UNPUBLISHED && state.publishedAt() != null ? state.publishedAt() : now;
            case SCHEDULE -> {
                if (publishAt == null || !publishAt.isAfter(now)) {
                    throw new InvalidInputException("publishedAt", "article.error.schedule-in-past");
                }
                yield publishAt;
            }
            default -> state.publishedAt();
        };
        if (!articles.changeStatus(id, state.status(), action.to, at, now)) {
            throw new ConflictException("article.error.conflict", "Article " + id + " changed while moving it");
        }
        Article moved = articles.findById(id).orElseThrow();
        revisions.record(RevisionRepository.Snapshot.of(moved), RevisionKind.WORKFLOW, staff.id(), now);
        boolean seen = action.to.listed() || state.status().listed();
        changeLog.append(ArticleService.ENTITY, id, seen ? action.to.code() : Change.STAFF_ONLY);
        return moved.version();
    }

    /** Appends a correction or update note to a published article. */
    @Transactional
    public void addNote(long id, NoteKind kind, String body, Staff staff) {
        ArticleRepository.State state = stateOf(id);
        if (!ArticlePermissions.mayPublish(staff, state)) {
            throw new ForbiddenException("article.error.may-not-publish");
        }
        if (state.status() != ArticleStatus.PUBLISHED) {
            throw new InvalidInputException("note", "article.error.note-needs-published");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "article.error.note-length", NOTE_MAX);
        }
        Instant now = clock.instant();
        notes.insert(id, kind, text, staff.id(), now);
        articles.markRevised(id, now);
        changeLog.append(ArticleService.ENTITY, id, "updated");
    }

    /** Whether this member of staff may open the article in the editor. */
    public boolean mayEdit(Staff staff, long id) {
        return ArticlePermissions.mayEdit(staff, stateOf(id));
    }

    public boolean mayPublish(Staff staff, long id) {
        return ArticlePermissions.mayPublish(staff, stateOf(id));
    }

    /** Restores an old revision as a new save (itself a revision). */
    @Transactional
    public ArticleService.Saved restore(long id, long revisionId, int baseVersion, Staff staff) {
        ArticleRepository.State state = stateOf(id);
        if (!ArticlePermissions.mayEdit(staff, state)) {
            throw new ForbiddenException("article.error.may-not-edit");
        }
        Revision revision = revisions.find(id, revisionId).orElseThrow(() -> new ArticleNotFoundException(id));
        // The words come back; where the article stands (status, publish time, byline if not an
        // editor's to change) stays as it is now.
        String author = byline(state, revision.author(), staff);
        ArticleInput input = new ArticleInput(null, revision.title(), revision.slug(), revision.kicker(),
                revision.excerpt(), revision.bodyHtml(), revision.sections(), revision.tags(), author,
                state.publishedAt(), state.status(), revision.featuredMediaId());
        return service.write(id, input, baseVersion, RevisionKind.RESTORE, staff.id());
    }

    /**
     * The byline a save gets: the one asked for, if an editor asks; otherwise the article keeps its
     * own, and a new article is credited to whoever writes it.
     */
    private String byline(ArticleRepository.State state, String asked, Staff staff) {
        if (ArticlePermissions.mayCredit(staff) && asked != null && !asked.isBlank()) {
            return asked;
        }
        boolean keep = state != null && state.authorId() != null && !ArticlePermissions.mayCredit(staff);
        return authors.findById(keep ? state.authorId() : staff.authorId()).map(Author::name).orElse(null);
    }

    private ArticleRepository.State stateOf(long id) {
        return articles.findState(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
