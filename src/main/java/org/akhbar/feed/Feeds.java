package org.akhbar.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleHtml;
import org.akhbar.article.ArticlePaths;
import org.akhbar.article.ArticleReader;
import org.akhbar.article.ArticleSummary;
import org.akhbar.article.Listing;
import org.akhbar.feed.FeedEntry.FeedImage;
import org.akhbar.media.MediaImage;
import org.akhbar.people.Author;
import org.akhbar.people.AuthorNotFoundException;
import org.akhbar.people.AuthorRepository;
import org.akhbar.platform.LastChange;
import org.akhbar.site.Chrome;
import org.akhbar.site.SiteChrome;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.akhbar.taxonomy.SectionNotFoundException;
import org.akhbar.taxonomy.Tag;
import org.akhbar.taxonomy.TagNotFoundException;
import org.akhbar.taxonomy.TagRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds the feeds: the newest published articles of the site or of one list, read through the
 * article module's fragment caches, each with its excerpt or (as the site's settings say) its whole
 * text. The rendered documents are kept by the page cache in front of the feed addresses, which
 * empties whenever content changes.
 */
@Service
public class Feeds {

    private final ArticleReader articles;
    private final SectionMenu sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final SiteChrome chrome;
    private final SiteSettingsService settings;
    private final LastChange lastChange;
    private final Clock clock;
    private final int size;

    Feeds(ArticleReader articles, SectionMenu sections, TagRepository tags, AuthorRepository authors,
            SiteChrome chrome, SiteSettingsService settings, LastChange lastChange, Clock clock,
            @Value("${akhbar.feed.items:20}") int size) {
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("akhbar.feed.items must be between 1 and 500");
        }
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.chrome = chrome;
        this.settings = settings;
        this.lastChange = lastChange;
        this.clock = clock;
        this.size = size;
    }

    /** Which list a feed follows: the whole site ({@code heading} null, {@code path} ""), or one list. */
    public record Source(Listing listing, String heading, String path) {
    }

    public Source site() {
        return new Source(Listing.latest(), null, "");
    }

    /** The list at {@code /KIND/SLUG} (section, tag or author), or a not-found exception. */
    public Source list(String kind, String slug) {
        Chrome page = chrome.chrome();
        return switch (kind) {
            case "section" -> {
                Section section = sections.bySlug(slug).orElseThrow(() -> new SectionNotFoundException(slug));
                yield new Source(new Listing.InSection(section.id()), section.name(), section.path());
            }
            case "tag" -> {
                Tag tag = tags.findBySlug(slug).orElseThrow(() -> new TagNotFoundException(slug));
                yield new Source(new Listing.Tagged(tag.id()), page.t().get("listing.tag-heading", tag.name()),
                        tag.path());
            }
            case "author" -> {
                Author author = authors.findBySlug(slug).orElseThrow(() -> new AuthorNotFoundException(slug));
                yield new Source(new Listing.ByAuthor(author.id()),
                        page.t().get("listing.author-heading", author.name()), author.path());
            }
            default -> throw new IllegalArgumentException("No such list kind: " + kind);
        };
    }

    /** The way this site writes feeds: its time zone and address. */
    public FeedFormats formats() {
        return new FeedFormats(chrome.site().zone(), chrome.site().absolute(""));
    }

    public Feed feed(Source source) {
        Chrome page = chrome.chrome();
        boolean fullContent = page.settings().feedFullContent();
        List<Long> ids = articles.page(source.listing(), null, size).items().stream().map(ArticleSummary::id).toList();
        List<FeedEntry> entries = new ArrayList<>(ids.size());
        Instant updated = null;
        for (Article article : articles.articles(ids)) {
            Instant modified = article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt()
                    : article.publishedAt();
            updated = updated == null || modified.isAfter(updated) ? modified : updated;
            List<String> categories = new ArrayList<>();
            article.sections().forEach(s -> categories.add(s.name()));
            article.tags().forEach(t -> categories.add(t.name()));
            entries.add(new FeedEntry(page.absolute(ArticlePaths.of(article.id())), page.absolute(article.path()),
                    article.title(), blankToNull(article.excerpt()),
                    fullContent ? ArticleHtml.forElsewhere(article.bodyHtml(), page.absolute("/")) : null,
                    article.publishedAt(), modified,
                    article.author() == null ? null : article.author().name(),
                    article.author() == null ? null : page.absolute(article.author().path()),
                    categories, image(page, article)));
        }
        if (updated == null) {
            updated = lastChange.at() != null ? lastChange.at() : clock.instant();
        }
        String name = page.settings().name();
        String logo = page.settings().publisherLogo().isEmpty() ? null : settings.publisherLogo(page.icon());
        return new Feed(source.path(),
                source.heading() == null ? name : page.t().get("feed.title", name, source.heading()),
                page.site().description(), page.absolute(source.path().isEmpty() ? "/" : source.path()), updated,
                name, logo, page.absolute(page.icon()), entries);
    }

    private FeedImage image(Chrome page, Article article) {
        if (article.featuredMediaId() == null) {
            return null;
        }
        return articles.image(article.featuredMediaId()).map(image -> largest(page, image)).orElse(null);
    }

    /** The largest file readers may have of an image (a GIF's original: its size is known). */
    static FeedImage largest(Chrome page, MediaImage image) {
        boolean original = image.widths().isEmpty();
        int width = original ? image.width() : image.widths().getLast();
        int height = Math.max(1, Math.round(image.height() * (float) width / image.width()));
        String type = image.type().renditionType().orElse(image.type()).contentType();
        return new FeedImage(page.absolute(image.url()), type, width, height, original ? image.byteSize() : 0,
                image.alt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
