package org.akhbar.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleCommentTargets;
import org.akhbar.article.ArticleHtml;
import org.akhbar.article.ArticleNotFoundException;
import org.akhbar.article.ArticlePaths;
import org.akhbar.article.ArticlePreviews;
import org.akhbar.article.ArticleReader;
import org.akhbar.article.ArticleSummary;
import org.akhbar.article.web.ArticlePage.BodyBlock;
import org.akhbar.article.web.ArticlePage.ShareLink;
import org.akhbar.comment.CommentSection;
import org.akhbar.comment.CommentThreads;
import org.akhbar.platform.GoneException;
import org.akhbar.platform.HttpCaching;
import org.akhbar.platform.LastChange;
import org.akhbar.site.Chrome;
import org.akhbar.site.SiteChrome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The article page, at {@code /article/{id}/{slug}}; any other slug is redirected there for good. */
@Controller
class ArticlePageController {

    static final int RELATED = 6;

    private final ArticleReader articles;
    private final ArticlePreviews previews;
    private final SiteChrome chrome;
    private final HttpCaching caching;
    private final LastChange lastChange;
    private final CommentThreads comments;

    ArticlePageController(ArticleReader articles, ArticlePreviews previews, SiteChrome chrome, HttpCaching caching,
            LastChange lastChange, CommentThreads comments) {
        this.comments = comments;
        this.articles = articles;
        this.previews = previews;
        this.chrome = chrome;
        this.caching = caching;
        this.lastChange = lastChange;
    }

    @GetMapping("/article/{id:\\d{1,18}}")
    ModelAndView withoutSlug(@PathVariable long id) {
        return canonical(find(id));
    }

    @GetMapping("/article/{id:\\d{1,18}}/{slug}")
    ModelAndView article(@PathVariable long id, @PathVariable String slug, HttpServletResponse response,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String reply) {
        Article article = find(id);
        if (!article.slug().equals(slug)) {
            return canonical(article);
        }
        Instant changed = lastChange.at();
        caching.publicPage(response, changed != null && changed.isAfter(article.updatedAt()) ? changed : article.updatedAt());
        return page(article, chrome.chrome(), comments.section(ArticleCommentTargets.of(article), comment, reply));
    }

    /**
     * An article that is not public, shown through a preview link: never cached, never indexed,
     * not found once the link has expired.
     */
    @GetMapping("/preview/{token:[A-Za-z0-9_-]{20,100}}")
    ModelAndView preview(@PathVariable String token, HttpServletResponse response) {
        Article article = previews.find(token).orElseThrow(PreviewNotFoundException::new);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        return page(article, chrome.chrome(), null);
    }

    /** The page; {@code comments} null for a preview, which shows none. */
    private ModelAndView page(Article article, Chrome page, CommentSection comments) {
        boolean preview = comments == null;
        String url = page.absolute(article.path());
        // The related articles and the embedded cards' targets, read together.
        List<Long> relatedIds = articles.related(article, RELATED);
        Set<Long> wanted = new LinkedHashSet<>(relatedIds);
        wanted.addAll(ArticleHtml.embeddedIds(article.bodyHtml()));
        Map<Long, ArticleSummary> summaries = articles.summaries(wanted);
        return new ModelAndView("article/article", "page", new ArticlePage(page, article, url,
                page.date(article.publishedAt()), page.isoDate(article.publishedAt()), page.hijri(article.publishedAt()),
                page.t().count("article.reading-time", article.readingMinutes()),
                body(article, summaries), relatedIds.stream().map(summaries::get).filter(Objects::nonNull).toList(),
                share(page.absolute(ArticlePaths.of(article.id())), article.title()),
                article.revisedAt() == null ? List.of() : articles.notes(article.id()),
                article.revisedAt() == null ? null : page.dateTime(article.revisedAt()),
                article.featuredMediaId() == null ? null : articles.image(article.featuredMediaId()).orElse(null),
                preview, comments));
    }

    /** The published article; one taken off the site is gone (410), anything else not found. */
    private Article find(long id) {
        return articles.article(id).orElseThrow(() -> articles.wasUnpublished(id)
                ? new GoneException("Article " + id + " was unpublished") : new ArticleNotFoundException(id));
    }

    private static ModelAndView canonical(Article article) {
        RedirectView redirect = new RedirectView(article.path());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExpandUriTemplateVariables(false);
        return new ModelAndView(redirect);
    }

    /** The body with each embed replaced by its target's card; embeds of unpublished articles vanish. */
    private static List<BodyBlock> body(Article article, Map<Long, ArticleSummary> targets) {
        return ArticleHtml.parts(article.bodyHtml()).stream().<BodyBlock>mapMulti((part, out) -> {
            switch (part) {
                case ArticleHtml.Part.Html html -> out.accept(new BodyBlock.Html(html.html()));
                case ArticleHtml.Part.ReadAlso readAlso -> {
                    ArticleSummary target = targets.get(readAlso.articleId());
                    if (target != null) {
                        out.accept(new BodyBlock.ReadAlso(target));
                    }
                }
            }
        }).toList();
    }

    /**
     * Share links carry the article's short address ({@code /article/ID}), which redirects to the
     * canonical one: a shared link keeps working when the slug changes, and stays short.
     */
    private static List<ShareLink> share(String url, String title) {
        String u = URLEncoder.encode(url, StandardCharsets.UTF_8);
        String t = URLEncoder.encode(title, StandardCharsets.UTF_8);
        return List.of(
                new ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ShareLink("x", "https://x.com/intent/post?url=" + u + "&text=" + t),
                new ShareLink("whatsapp", "https://wa.me/?text=" + t + "%20" + u),
                new ShareLink("telegram", "https://t.me/share/url?url=" + u + "&text=" + t),
                new ShareLink("email", "mailto:?subject=" + t + "&body=" + u));
    }
}
