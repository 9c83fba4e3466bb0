package org.akhbar.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.BadRequestException;
import org.akhbar.search.SearchRequest;
import org.akhbar.search.SearchResults;
import org.akhbar.search.Searcher;
import org.akhbar.site.Chrome;
import org.akhbar.site.SiteChrome;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reader's search page, {@code /search?q=…}, reached from the box in every page's header.
 * Every refusal (a query too long, a date that is not one) is this page again with the reason in
 * Arabic and the form filled in, with a 400; nothing the reader types ends in an error page.
 *
 * <p>Results are not kept in the page cache: queries are too varied to be worth the memory the
 * article pages need, and a search costs a few milliseconds. They carry {@code noindex}: search
 * engines should index the articles, not endless result lists.
 */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 10;

    private final Searcher searcher;
    private final SectionMenu sections;
    private final SiteChrome chrome;

    SearchPageController(Searcher searcher, SectionMenu sections, SiteChrome chrome) {
        this.searcher = searcher;
        this.sections = sections;
        this.chrome = chrome;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
            HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-cache");
        Chrome page = chrome.chrome();
        Form form = new Form(q == null ? "" : q.strip(), blank(section), blank(from), blank(to),
                "date".equals(sort) ? "date" : "relevance");
        try {
            String text = SearchParameters.query(q);
            Section inSection = SearchParameters.section(sections, section);
            LocalDate fromDay = SearchParameters.day(from);
            LocalDate toDay = SearchParameters.day(to);
            SearchRequest.Order order = SearchParameters.order(sort);
            int offset = SearchParameters.offset(cursor);
            if (text.isEmpty()) {
                return view(page, form, null, null);
            }
            if (!searcher.searchable(text)) {
                return view(page, form, null, "search.nothing-to-search");
            }
            SearchResults results = searcher.search(SearchParameters.request(text, inSection, fromDay, toDay, order,
                    offset, PAGE_SIZE, page.site().zone()));
            return view(page, form, results, null);
        } catch (BadRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(page, form, null, e.messageKey());
        }
    }

    /** What the reader asked for, as the form shows it again. */
    private record Form(String q, String section, String from, String to, String sort) {

        String url(String query, Integer cursor) {
            UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", query);
            if (section != null) {
                url.queryParam("section", section);
            }
            if (from != null) {
                url.queryParam("from", from);
            }
            if (to != null) {
                url.queryParam("to", to);
            }
            if (sort.equals("date")) {
                url.queryParam("sort", "date");
            }
            if (cursor != null) {
                url.queryParam("cursor", cursor);
            }
            return url.encode().build().toUriString();
        }
    }

    private ModelAndView view(Chrome page, Form form, SearchResults results, String messageKey) {
        Map<Long, Section> byId = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        List<SearchPage.Result> shown = results == null ? List.of() : results.hits().stream()
                .map(hit -> new SearchPage.Result(hit.title(), hit.path(), page.date(hit.publishedAt()),
                        page.isoDate(hit.publishedAt()),
                        hit.sectionIds().stream().map(byId::get).filter(Objects::nonNull).toList(), hit.snippet()))
                .toList();
        String next = results == null ? null : results.nextOffset().map(n -> form.url(form.q(), n)).orElse(null);
        String suggestion = results == null ? null : results.suggestion().orElse(null);
        return new ModelAndView("search/search", "page", new SearchPage(page, form.q(), form.section(), form.from(),
                form.to(), form.sort(), sections.all(), results != null, results == null ? 0 : results.total(), results == null || results.totalExact(), shown,
                next, suggestion, suggestion == null ? null : form.url(suggestion, null), messageKey,
                !searcher.complete()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
