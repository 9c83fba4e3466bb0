package org.akhbar.article.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.article.Article;
import org.akhbar.media.MediaImage;
import org.akhbar.site.Chrome;
import org.akhbar.site.FeedPaths;
import org.akhbar.site.JsonLd;
import org.akhbar.site.PageMeta;
import org.akhbar.site.PageMeta.FeedLink;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.Section;
import org.springframework.stereotype.Component;

/**
 * The metadata of the reader pages (see {@link PageMeta}): OpenGraph and Twitter cards for all of
 * them, the feeds of a list's own page, and for an article the schema.org {@code NewsArticle} with
 * its {@code BreadcrumbList}.
 */
@Component
class PageMetadata {

    private static final String SCHEMA = "https://schema.org";

    private final SiteSettingsService settings;

    PageMetadata(SiteSettingsService settings) {
        this.settings = settings;
    }

    PageMeta home(Chrome page) {
        return PageMeta.website(page.settings().name(), page.site().description(), page.absolute("/"), List.of());
    }

    /** A section's, tag's or author's list, offering its own RSS and Atom feeds. */
    PageMeta listing(Chrome page, String heading, String path, String description) {
        String title = page.t().get("feed.title", page.settings().name(), heading);
        return PageMeta.website(heading, description, page.absolute(path), List.of(
                new FeedLink(FeedPaths.RSS_TYPE, page.t().get("feed.link.rss", title), FeedPaths.rss(path)),
                new FeedLink(FeedPaths.ATOM_TYPE, page.t().get("feed.link.atom", title), FeedPaths.atom(path))));
    }

    PageMeta article(Chrome page, Article article, String canonicalUrl, MediaImage featured) {
        PageMeta.Image image = featured == null ? null : largest(page, featured);
        Instant modified = article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt() : article.publishedAt();
        List<FeedLink> feeds = article.primarySection().map(section -> {
            String title = page.t().get("feed.title", page.settings().name(), section.name());
            return List.of(new FeedLink(FeedPaths.RSS_TYPE, page.t().get("feed.link.rss", title),
                    FeedPaths.rss(section.path())));
        }).orElse(List.of());
        return new PageMeta("article", article.title(), article.excerpt(), canonicalUrl, image,
                page.isoDateTime(article.publishedAt()), page.isoDateTime(modified), feeds,
                JsonLd.of(graph(page, article, canonicalUrl, image, modified)));
    }

    /** The featured image's largest rendition: what a share preview or a search result shows best. */
    private static PageMeta.Image largest(Chrome page, MediaImage image) {
        int width = image.widths().isEmpty() ? image.width() : image.widths().getLast();
        int height = Math.max(1, Math.round(image.height() * (float) width / image.width()));
        return new PageMeta.Image(page.absolute(image.url()), width, height, image.alt());
    }

    private Map<String, Object> graph(Chrome page, Article article, String url, PageMeta.Image image, Instant modified) {
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@type", "NewsArticle");
        news.put("@id", url + "#article");
        news.put("mainEntityOfPage", url);
        news.put("url", url);
        news.put("headline", article.title());
        if (article.excerpt() != null) {
            news.put("description", article.excerpt());
        }
        news.put("datePublished", page.isoDateTime(article.publishedAt()));
        news.put("dateModified", page.isoDateTime(modified));
        news.put("inLanguage", "ar");
        if (article.author() != null) {
            news.put("author", List.of(Map.of("@type", "Person", "name", article.author().name(),
                    "url", page.absolute(article.author().path()))));
        }
        news.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", page.settings().name(),
                "url", page.absolute("/"),
                "logo", Map.of("@type", "ImageObject", "url", settings.publisherLogo(page.icon()))));
        if (image != null) {
            news.put("image", List.of(Map.of("@type", "ImageObject", "url", image.url(),
                    "width", image.width(), "height", image.height())));
        }
        if (!article.sections().isEmpty()) {
            news.put("articleSection", article.sections().stream().map(Section::name).toList());
        }
        if (!article.tags().isEmpty()) {
            news.put("keywords", article.tags().stream().map(t -> t.name()).toList());
        }
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb(1, page.t().get("nav.home"), page.absolute("/")));
        article.primarySection().ifPresent(s -> crumbs.add(crumb(2, s.name(), page.absolute(s.path()))));
        crumbs.add(crumb(crumbs.size() + 1, article.title(), url));
        Map<String, Object> breadcrumbs = new LinkedHashMap<>();
        breadcrumbs.put("@type", "BreadcrumbList");
        breadcrumbs.put("itemListElement", crumbs);
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", SCHEMA);
        graph.put("@graph", List.of(news, breadcrumbs));
        return graph;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }
}
