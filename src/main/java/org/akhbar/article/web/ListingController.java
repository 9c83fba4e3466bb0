package org.akhbar.article.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.article.ArticleReader;
import org.akhbar.article.ArticleSummary;
import org.akhbar.article.Listing;
import org.akhbar.people.Author;
import org.akhbar.people.AuthorNotFoundException;
import org.akhbar.people.AuthorRepository;
import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.HttpCaching;
import org.akhbar.platform.LastChange;
import org.akhbar.platform.Slice;
import org.akhbar.site.Chrome;
import org.akhbar.site.SiteChrome;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.akhbar.taxonomy.SectionNotFoundException;
import org.akhbar.taxonomy.Tag;
import org.akhbar.taxonomy.TagNotFoundException;
import org.akhbar.taxonomy.TagRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Section, tag and author pages, newest first, a page at a time.
 *
 * <p>Three addresses per list: the list itself ({@code ?before=CURSOR} for the next page, a plain
 * link that works without JavaScript); {@code /more?before=CURSOR}, the next batch alone, which
 * "اظهر المزيد" appends in place; and {@code ?upto=CURSOR}, the list from the top down to where the
 * reader had got, which the script puts in the address bar so refresh and back keep their place.
 */
@Controller
class ListingController {

    /** How far a rebuilt list reaches: pages a reader had appended, at most. */
    static final int MAX_PAGES_REBUILT = 10;

    private final ArticleReader articles;
    private final SectionMenu sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final SiteChrome chrome;
    private final HttpCaching caching;
    private final LastChange lastChange;
    private final PageMetadata metadata;

    ListingController(ArticleReader articles, SectionMenu sections, TagRepository tags, AuthorRepository authors,
            SiteChrome chrome, HttpCaching caching, LastChange lastChange, PageMetadata metadata) {
        this.metadata = metadata;
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.chrome = chrome;
        this.caching = caching;
        this.lastChange = lastChange;
    }

    /** A list, its heading, where it lives and what it is about (null: nothing to say). */
    private record Target(Listing listing, String heading, String currentSlug, String path, String description) {
    }

    /** The list at {@code /KIND/SLUG}: a section's, a tag's or an author's. */
    private Target target(String kind, String slug) {
        return switch (kind) {
            case "section" -> {
                Section section = sections.bySlug(slug).orElseThrow(() -> new SectionNotFoundException(slug));
                yield new Target(new Listing.InSection(section.id()), section.name(), section.slug(), section.path(), null);
            }
            case "tag" -> {
                Tag tag = tags.findBySlug(slug).orElseThrow(() -> new TagNotFoundException(slug));
                yield new Target(new Listing.Tagged(tag.id()),
                        chrome.messages().get("listing.tag-heading", tag.name()), null, tag.path(), null);
            }
            default -> {
                Author author = authors.findBySlug(slug).orElseThrow(() -> new AuthorNotFoundException(slug));
                yield new Target(new Listing.ByAuthor(author.id()),
                        chrome.messages().get("listing.author-heading", author.name()), null, author.path(),
                        author.bio() == null || author.bio().isBlank() ? null : author.bio());
            }
        };
    }

    @GetMapping("/{kind:section|tag|author}/{slug}")
    ModelAndView page(@PathVariable String kind, @PathVariable String slug, @RequestParam Optional<String> before,
            @RequestParam Optional<String> upto, HttpServletResponse response) {
        return page(target(kind, slug), before, upto, response);
    }

    @GetMapping("/{kind:section|tag|author}/{slug}/more")
    ModelAndView batch(@PathVariable String kind, @PathVariable String slug, @RequestParam String before,
            HttpServletResponse response) {
        return batch(target(kind, slug), before, response);
    }

    private ModelAndView page(Target target, Optional<String> before, Optional<String> upto,
            HttpServletResponse response) {
        if (before.isPresent() && upto.isPresent()) {
            throw new BadRequestException("error.bad-request.text", "Both before and upto given");
        }
        int pageSize = chrome.site().pageSize();
        Slice<ArticleSummary> slice = upto.isPresent()
                ? articles.pageThrough(target.listing(), Cursor.parse(upto.get()), pageSize * MAX_PAGES_REBUILT)
                : articles.page(target.listing(), before.map(Cursor::parse).orElse(null), pageSize);
        Chrome page = chrome.chrome();
        caching.publicPage(response, lastChange.at());
        return new ModelAndView("article/listing", "page", new ListingPage(page, target.heading(),
                target.currentSlug(), target.path(), page.absolute(target.path()), slice.items(),
                slice.next().map(c -> target.path() + "?before=" + c.token()).orElse(null),
                slice.next().map(c -> target.path() + "/more?before=" + c.token()).orElse(null),
                before.isPresent(), metadata.listing(page, target.heading(), target.path(), target.description())));
    }

    private ModelAndView batch(Target target, String before, HttpServletResponse response) {
        Slice<ArticleSummary> slice = articles.page(target.listing(), Cursor.parse(before), chrome.site().pageSize());
        caching.publicPage(response, lastChange.at());
        String place = slice.items().isEmpty() ? target.path()
                : target.path() + "?upto=" + slice.items().getLast().position().token();
        return new ModelAndView("article/listing-batch", "page", new ListingBatch(chrome.chrome(), slice.items(),
                slice.next().map(c -> target.path() + "?before=" + c.token()).orElse(null),
                slice.next().map(c -> target.path() + "/more?before=" + c.token()).orElse(null),
                place));
    }
}
