package org.akhbar.api.web;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.akhbar.api.ApiCaller;
import org.akhbar.api.Scope;
import org.akhbar.article.Article;
import org.akhbar.article.ArticleNotFoundException;
import org.akhbar.article.ArticleReader;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.article.ArticleSummary;
import org.akhbar.article.ArticleWorkflow;
import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.article.Listing;
import org.akhbar.people.AuthorNotFoundException;
import org.akhbar.people.AuthorRepository;
import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.GoneException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.akhbar.platform.Slice;
import org.akhbar.site.SiteChrome;
import org.akhbar.taxonomy.SectionMenu;
import org.akhbar.taxonomy.SectionNotFoundException;
import org.akhbar.taxonomy.TagNotFoundException;
import org.akhbar.taxonomy.TagRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Articles over JSON: published ones for anyone, newest first a page at a time (keyset cursors,
 * so paging while stories come in repeats and skips nothing); writes for tokens with the right
 * scope, through the newsroom's own workflow.
 */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "articles")
class ArticlesApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ArticleReader reader;
    private final ArticleRepository articles;
    private final ArticleWorkflow workflow;
    private final SectionMenu sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final SiteChrome site;
    private final Links links;
    private final Clock clock;

    ArticlesApi(ArticleReader reader, ArticleRepository articles, ArticleWorkflow workflow, SectionMenu sections,
            TagRepository tags, AuthorRepository authors, SiteChrome site, Links links, Clock clock) {
        this.reader = reader;
        this.articles = articles;
        this.workflow = workflow;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.site = site;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Published articles, newest first",
            description = "At most one of section, tag and author. since and until are ISO-8601 date-times with an "
                    + "offset, or dates (whole days in the site's time zone). Follow `next` for the next page.")
    ResponseEntity<ListJson<ArticleItemJson>> list(
            @Parameter(description = "a section's slug") @RequestParam(required = false) String section,
            @Parameter(description = "a tag's slug") @RequestParam(required = false) String tag,
            @Parameter(description = "an author's slug") @RequestParam(required = false) String author,
            @Parameter(description = "published at or after") @RequestParam(required = false) String since,
            @Parameter(description = "published at or before") @RequestParam(required = false) String until,
            @Parameter(description = "from a previous page's nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "api.error.limit", MAX_LIMIT);
        }
        Listing listing = listing(section, tag, author);
        Instant from = time(since, "since", false);
        Instant to = time(until, "until", true);
        Cursor after = cursor != null ? Cursor.parse(cursor) : to != null ? new Cursor(to, Long.MAX_VALUE) : null;
        Slice<ArticleSummary> slice = reader.page(listing, after, size);
        List<ArticleSummary> items = slice.items();
        Optional<Cursor> next = slice.next();
        if (from != null) {
            List<ArticleSummary> kept = items.stream().filter(a -> !a.publishedAt().isBefore(from)).toList();
            if (kept.size() < items.size()) {
                next = Optional.empty();   // the list is newest first: everything after is older still
            }
            items = kept;
        }
        String nextLink = next.map(c -> UriComponentsBuilder.fromPath("/api/v1/articles")
                .queryParamIfPresent("section", Optional.ofNullable(section))
                .queryParamIfPresent("tag", Optional.ofNullable(tag))
                .queryParamIfPresent("author", Optional.ofNullable(author))
                .queryParamIfPresent("since", Optional.ofNullable(since))
                .queryParam("cursor", c.token())
                .queryParam("limit", size)
                .encode().build().toUriString()).orElse(null);
        return read(request, new ListJson<>(items.stream().map(a -> ArticleItemJson.of(a, links)).toList(),
                next.map(Cursor::token).orElse(null), nextLink));
    }

    @GetMapping("/{id:\\d{1,18}}")
    @Operation(summary = "One published article",
            description = "With a token that has any scope, also an article that is not public, if the token's account may edit it.")
    ResponseEntity<ArticleJson> article(@PathVariable long id, HttpServletRequest request) {
        Optional<Article> published = reader.article(id);
        if (published.isPresent()) {
            return read(request, ArticleJson.of(published.get(), links));
        }
        Optional<ApiCaller> caller = ApiAccess.caller(request).filter(c -> !c.scopes().isEmpty());
        if (caller.isPresent() && articles.findById(id).isPresent() && workflow.mayEdit(caller.get().staff(), id)) {
            return read(request, ArticleJson.of(articles.findById(id).orElseThrow(), links));
        }
        if (reader.wasUnpublished(id)) {
            throw new GoneException("Article " + id + " was unpublished");
        }
        throw new ArticleNotFoundException(id);
    }

    @GetMapping("/by-slug/{slug}")
    @Operation(summary = "The newest published article with this slug")
    ResponseEntity<ArticleJson> bySlug(@PathVariable String slug, HttpServletRequest request) {
        long id = articles.findPublishedIdBySlug(slug, clock.instant())
                .orElseThrow(() -> new SlugNotFoundException(slug));
        return read(request, ArticleJson.of(reader.article(id).orElseThrow(() -> new ArticleNotFoundException(id)), links));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft", description = "Scope articles:create. The draft is credited and "
            + "revised as the token's account; publish it with /publish.", security = @SecurityRequirement(name = "token"))
    ResponseEntity<ArticleJson> create(@RequestBody ArticleRequest body, HttpServletRequest request) {
        ApiCaller caller = ApiAccess.requireCaller(request);
        caller.require(Scope.ARTICLES_CREATE);
        refuseUnknown(body.unknown().keySet());
        ArticleService.Saved saved = workflow.save(null, body.toInput(), null, Action.SAVE, false, caller.staff());
        return ResponseEntity.created(URI.create("/api/v1/articles/" + saved.id()))
                .cacheControl(CacheControl.noStore())
                .body(whole(saved.id()));
    }

    @PutMapping(path = "/{id:\\d{1,18}}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace an article's content", description = "Scope articles:update. `version` is the "
            + "version read; a newer one stored answers 409 and writes nothing. The status stays as it is.",
            security = @SecurityRequirement(name = "token"))
    ResponseEntity<ArticleJson> update(@PathVariable long id, @RequestBody ArticleRequest body, HttpServletRequest request) {
        ApiCaller caller = ApiAccess.requireCaller(request);
        caller.require(Scope.ARTICLES_UPDATE);
        refuseUnknown(body.unknown().keySet());
        workflow.save(id, body.toInput(), body.version(), Action.SAVE, false, caller.staff());
        return written(id);
    }

    @PostMapping(path = "/{id:\\d{1,18}}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish (or schedule, with a publishedAt to come)", description = "Scope articles:publish.",
            security = @SecurityRequirement(name = "token"))
    ResponseEntity<ArticleJson> publish(@PathVariable long id, @RequestBody TransitionRequest body,
            HttpServletRequest request) {
        return transition(id, body, Scope.ARTICLES_PUBLISH, Action.PUBLISH, request);
    }

    @PostMapping(path = "/{id:\\d{1,18}}/unpublish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take a published article off the site", description = "Scope articles:unpublish.",
            security = @SecurityRequirement(name = "token"))
    ResponseEntity<ArticleJson> unpublish(@PathVariable long id, @RequestBody TransitionRequest body,
            HttpServletRequest request) {
        return transition(id, body, Scope.ARTICLES_UNPUBLISH, Action.UNPUBLISH, request);
    }

    private ResponseEntity<ArticleJson> transition(long id, TransitionRequest body, Scope scope, Action action,
            HttpServletRequest request) {
        ApiCaller caller = ApiAccess.requireCaller(request);
        caller.require(scope);
        refuseUnknown(body.unknown().keySet());
        if (body.version() == null) {
            throw new InvalidInputException("version", "article.error.version-missing");
        }
        Instant at = body.publishedAt() == null ? null : body.publishedAt().toInstant();
        workflow.transition(id, action, action == Action.PUBLISH ? at : null, body.version(), caller.staff());
        return written(id);
    }

    private Listing listing(String section, String tag, String author) {
        long given = java.util.stream.Stream.of(section, tag, author).filter(v -> v != null).count();
        if (given > 1) {
            throw new BadRequestException("api.error.one-list", "At most one of section, tag and author");
        }
        if (section != null) {
            return new Listing.InSection(sections.bySlug(section).orElseThrow(() -> new SectionNotFoundException(section)).id());
        }
        if (tag != null) {
            return new Listing.Tagged(tags.findBySlug(tag).orElseThrow(() -> new TagNotFoundException(tag)).id());
        }
        if (author != null) {
            return new Listing.ByAuthor(authors.findBySlug(author).orElseThrow(() -> new AuthorNotFoundException(author)).id());
        }
        return Listing.latest();
    }

    /** An ISO date-time with offset, or a date: its first moment ({@code endOfDay}: its last) in the site's zone. */
    private Instant time(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                Instant start = (endOfDay ? day.plusDays(1) : day).atStartOfDay(site.site().zone()).toInstant();
                return endOfDay ? start.minusMillis(1) : start;
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "api.error.time");
        }
    }

    private static void refuseUnknown(java.util.Set<String> fields) {
        if (!fields.isEmpty()) {
            throw new InvalidInputException(fields.stream().sorted()
                    .map(f -> new Problem(f, "api.error.unknown-field", f)).toList());
        }
    }

    private ArticleJson whole(long id) {
        return ArticleJson.of(articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id)), links);
    }

    private ResponseEntity<ArticleJson> written(long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(whole(id));
    }

    /**
     * A read: anyone may keep it but must ask again before using it (the ETag makes asking cheap);
     * one made with a token may show what is not public, so no shared cache keeps it.
     */
    static <T> ResponseEntity<T> read(HttpServletRequest request, T body) {
        CacheControl cache = ApiAccess.caller(request).isPresent() ? CacheControl.noCache().cachePrivate()
                : CacheControl.noCache();
        return ResponseEntity.ok().cacheControl(cache).body(body);
    }

    /** No published article has this slug. */
    static final class SlugNotFoundException extends org.akhbar.platform.NotFoundException {
        SlugNotFoundException(String slug) {
            super("No published article with the slug " + slug);
        }
    }
}
