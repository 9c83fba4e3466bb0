package org.akhbar.article.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.article.ArticleReader;
import org.akhbar.article.ArticleSummary;
import org.akhbar.article.Listing;
import org.akhbar.article.web.HomePage.SectionBlock;
import org.akhbar.platform.HttpCaching;
import org.akhbar.platform.LastChange;
import org.akhbar.site.Chrome;
import org.akhbar.site.SiteChrome;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The home page: the headline section's stories, then the latest, then each section's newest. */
@Controller
class HomeController {

    static final int HEADLINES = 4;
    static final int LATEST = 8;
    static final int PER_SECTION = 4;

    private final ArticleReader articles;
    private final SectionMenu sections;
    private final SiteChrome chrome;
    private final SiteSettingsService settings;
    private final HttpCaching caching;
    private final LastChange lastChange;
    private final PageMetadata metadata;

    HomeController(ArticleReader articles, SectionMenu sections, SiteChrome chrome, SiteSettingsService settings,
            HttpCaching caching, LastChange lastChange, PageMetadata metadata) {
        this.metadata = metadata;
        this.articles = articles;
        this.sections = sections;
        this.chrome = chrome;
        this.settings = settings;
        this.caching = caching;
        this.lastChange = lastChange;
    }

    @GetMapping("/")
    ModelAndView home(HttpServletResponse response) {
        Optional<Section> headlineSection = settings.headlineSection();
        List<ArticleSummary> headlines = headlineSection
                .map(s -> articles.page(new Listing.InSection(s.id()), null, HEADLINES).items())
                .orElse(List.of());
        Set<Long> shown = headlines.stream().map(ArticleSummary::id).collect(Collectors.toSet());
        List<ArticleSummary> latest = articles.page(Listing.latest(), null, LATEST + shown.size()).items()
                .stream().filter(a -> !shown.contains(a.id())).limit(LATEST).toList();
        List<SectionBlock> blocks = new ArrayList<>();
        for (Section section : sections.all()) {
            if (headlineSection.isPresent() && headlineSection.get().id() == section.id()) {
                continue;
            }
            List<ArticleSummary> items = articles.page(new Listing.InSection(section.id()), null, PER_SECTION).items();
            if (!items.isEmpty()) {
                blocks.add(new SectionBlock(section, items));
            }
        }
        Chrome page = chrome.chrome();
        caching.publicPage(response, lastChange.at());
        return new ModelAndView("article/home", "page",
                new HomePage(page, page.absolute("/"), headlines, latest, blocks, metadata.home(page)));
    }
}
