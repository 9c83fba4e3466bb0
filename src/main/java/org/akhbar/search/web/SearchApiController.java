package org.akhbar.search.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleNotFoundException;
import org.akhbar.article.ArticleReader;
import org.akhbar.article.ArticleSummary;
import org.akhbar.search.SearchResults;
import org.akhbar.search.Searcher;
import org.akhbar.site.Chrome;
import org.akhbar.site.SiteChrome;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search API: {@code GET /api/v1/search} and {@code GET /api/v1/articles/{id}/related}, both
 * answering the same shape ({@code total}, {@code results}, {@code next_cursor}). Errors are
 * {@code application/problem+json} (see the site's error handling). Snippets are HTML: the text
 * escaped, the matched words in {@code <mark>}.
 */
@RestController
class SearchApiController {

    static final int DEFAULT_LIMIT = 10;
    static final int DEFAULT_RELATED = 6;

    private final Searcher searcher;
    private final ArticleReader articles;
    private final SectionMenu sections;
    private final SiteChrome chrome;

    SearchApiController(Searcher searcher, ArticleReader articles, SectionMenu sections, SiteChrome chrome) {
        this.searcher = searcher;
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
    }

    /** A section as results name it. */
    record SectionRef(String name, String url) {
    }

    record Result(long id, @JsonProperty("external_id") String externalId, String title, String url, String snippet,
            @JsonProperty("published_at") Instant publishedAt, List<SectionRef> sections) {
    }

    /** {@code total_exact} is false when more articles match than are counted; {@code total} is then a lower bound. */
    record Results(long total, @JsonProperty("total_exact") boolean totalExact, List<Result> results,
            @JsonProperty("next_cursor") String nextCursor) {
    }

    @GetMapping("/api/v1/search")
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache");
        String text = SearchParameters.query(q);
        Section inSection = SearchParameters.section(sections, section);
        var request = SearchParameters.request(text, inSection, SearchParameters.day(from), SearchParameters.day(to),
                SearchParameters.order(sort), SearchParameters.offset(cursor),
                SearchParameters.limit(limit, DEFAULT_LIMIT), chrome.site().zone());
        if (text.isEmpty()) {
            throw new org.akhbar.platform.BadRequestException("search.nothing-to-search", "Empty query");
        }
        SearchResults found = searcher.search(request);
        Chrome page = chrome.chrome();
        Map<Long, Section> byId = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        List<Result> results = found.hits().stream().map(hit -> new Result(hit.id(), hit.externalId(), hit.title(),
                page.absolute(hit.path()), hit.snippet().html(), hit.publishedAt(),
                hit.sectionIds().stream().map(byId::get).filter(Objects::nonNull)
                        .map(s -> new SectionRef(s.name(), page.absolute(s.path()))).toList()))
                .toList();
        return new Results(found.total(), found.totalExact(), results,
                found.nextOffset().map(String::valueOf).orElse(null));
    }

    @GetMapping("/api/v1/articles/{id:\\d{1,18}}/related")
    Results related(@PathVariable long id, @RequestParam(required = false) String limit, HttpServletResponse response) {
        int count = SearchParameters.limit(limit, DEFAULT_RELATED);
        Article article = articles.article(id).orElseThrow(() -> new ArticleNotFoundException(id));
        response.setHeader("Cache-Control", "no-cache");
        List<Long> ids = articles.related(article, count);
        Map<Long, ArticleSummary> summaries = articles.summaries(ids);
        Chrome page = chrome.chrome();
        List<Result> results = new ArrayList<>();
        for (long relatedId : ids) {
            ArticleSummary summary = summaries.get(relatedId);
            if (summary == null) {
                continue;
            }
            Article whole = articles.article(relatedId).orElse(null);
            List<SectionRef> refs = whole == null ? List.of() : whole.sections().stream()
                    .map(s -> new SectionRef(s.name(), page.absolute(s.path()))).toList();
            String snippet = summary.excerpt() == null ? "" : org.jsoup.nodes.Entities.escape(summary.excerpt());
            results.add(new Result(relatedId, whole == null ? null : whole.externalId(),
                    summary.title(), page.absolute(summary.path()), snippet, summary.publishedAt(), refs));
        }
        return new Results(results.size(), true, results, null);
    }
}
