package org.akhbar.api.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.akhbar.api.CatalogRepository;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.taxonomy.SectionMenu;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sections (all, in menu order), tags and authors (in id order, a page at a time). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "catalog")
class CatalogApi {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final SectionMenu sections;
    private final CatalogRepository catalog;
    private final Links links;

    CatalogApi(SectionMenu sections, CatalogRepository catalog, Links links) {
        this.sections = sections;
        this.catalog = catalog;
        this.links = links;
    }

    /** A section with whether the site's menu shows it. */
    public record SectionJson(long id, String slug, String name, String url, int position, boolean inMenu) {
    }

    @GetMapping("/sections")
    @Operation(summary = "Every section, in the menu's order")
    ResponseEntity<List<SectionJson>> sections(HttpServletRequest request) {
        return ArticlesApi.read(request, sections.all().stream()
                .map(s -> new SectionJson(s.id(), s.slug(), s.name(), links.site(s.path()), s.position(), sections.isShown(s)))
                .toList());
    }

    @GetMapping("/tags")
    @Operation(summary = "Tags in id order", description = "Follow `next` for the next page.")
    ResponseEntity<ListJson<LabelJson>> tags(
            @Parameter(description = "from a previous page's nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 500, default 100") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        int size = size(limit);
        List<LabelJson> items = catalog.tagsAfter(after(cursor), size + 1).stream().map(t -> LabelJson.of(t, links)).toList();
        return ArticlesApi.read(request, page("/api/v1/tags", items, size, LabelJson::id));
    }

    @GetMapping("/authors")
    @Operation(summary = "Authors in id order", description = "Follow `next` for the next page.")
    ResponseEntity<ListJson<AuthorJson>> authors(
            @Parameter(description = "from a previous page's nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 500, default 100") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        int size = size(limit);
        List<AuthorJson> items = catalog.authorsAfter(after(cursor), size + 1).stream().map(a -> AuthorJson.of(a, links)).toList();
        return ArticlesApi.read(request, page("/api/v1/authors", items, size, AuthorJson::id));
    }

    private static int size(Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "api.error.limit", MAX_LIMIT);
        }
        return size;
    }

    /** Here a cursor is simply the last id seen. */
    private static long after(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            long id = Long.parseLong(cursor);
            if (id < 0) {
                throw new NumberFormatException(cursor);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new org.akhbar.platform.BadRequestException("error.bad-cursor", "Malformed cursor: " + cursor);
        }
    }

    /** One more than a page was read: if it came, there is a next page, starting after the page's last id. */
    private static <T> ListJson<T> page(String path, List<T> read, int size, java.util.function.ToLongFunction<T> id) {
        if (read.size() <= size) {
            return new ListJson<>(read, null, null);
        }
        List<T> items = read.subList(0, size);
        String cursor = Long.toString(id.applyAsLong(items.getLast()));
        return new ListJson<>(List.copyOf(items), cursor, path + "?cursor=" + cursor + "&limit=" + size);
    }
}
