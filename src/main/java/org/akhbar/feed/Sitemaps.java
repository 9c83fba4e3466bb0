package org.akhbar.feed;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.akhbar.article.ArchiveEntry;
import org.akhbar.article.ArchiveMonth;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleSummary;
import org.akhbar.article.TaggedList;
import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaRepository;
import org.akhbar.platform.Cursor;
import org.akhbar.site.SiteProperties;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The sitemaps: an index, and the files it lists (see {@link SitemapFile}).
 *
 * <p>Built to hold at a million articles and beyond. The index counts the archive by month in one
 * grouped query and cuts each month into parts of at most {@code akhbar.sitemap.urls-per-file}
 * addresses (50,000, the protocol's limit; an address with its image is under a kilobyte, so a
 * file also stays under the 50 MB limit). A part is written straight to the response while the
 * month is read {@value #BATCH} articles at a time, so memory holds one batch, never the archive.
 */
@Service
public class Sitemaps {

    /** Articles read, and images looked up, per round trip. */
    static final int BATCH = 500;
    /** Google News reads the last two days, at most a thousand articles. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_MAX = 1_000;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final ArticleRepository articles;
    private final MediaRepository media;
    private final SectionMenu sections;
    private final SiteProperties site;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final int perFile;

    Sitemaps(ArticleRepository articles, MediaRepository media, SectionMenu sections, SiteProperties site,
            SiteSettingsService settings, Clock clock, @Value("${akhbar.sitemap.urls-per-file:50000}") int perFile) {
        if (perFile < 1 || perFile > 50_000) {
            throw new IllegalArgumentException("akhbar.sitemap.urls-per-file must be between 1 and 50000");
        }
        this.articles = articles;
        this.media = media;
        this.sections = sections;
        this.site = site;
        this.settings = settings;
        this.clock = clock;
        this.perFile = perFile;
    }

    /** A file of the index and when its content last changed (null: unknown). */
    public record Listed(SitemapFile file, Instant lastModified) {
    }

    /** What the index lists: the pages, the news, every part of every month, every group of tags. */
    public List<Listed> index() {
        Instant now = clock.instant();
        List<Listed> files = new ArrayList<>();
        Instant newest = null;
        for (ArchiveMonth month : articles.archiveMonths(now)) {
            int parts = (month.articles() + perFile - 1) / perFile;
            for (int part = 1; part <= parts; part++) {
                files.add(new Listed(new SitemapFile.Archive(month.month(), part), month.lastChanged()));
            }
            newest = newest == null || month.lastChanged().isAfter(newest) ? month.lastChanged() : newest;
        }
        List<Listed> head = new ArrayList<>();
        head.add(new Listed(new SitemapFile.Pages(), newest));
        head.add(new Listed(new SitemapFile.News(), newest));
        for (Long group : articles.taggedGroups(perFile, now).keySet()) {
            files.add(new Listed(new SitemapFile.Tags((int) (group + 1)), null));
        }
        head.addAll(files);
        return head;
    }

    /** Writes the index. */
    public void writeIndex(OutputStream out) {
        try (XmlDocument xml = new XmlDocument(out)) {
            xml.start("sitemapindex").namespace(null, SITEMAP_NS);
            for (Listed listed : index()) {
                xml.start("sitemap").element("loc", site.absolute(listed.file().path()));
                if (listed.lastModified() != null) {
                    xml.element("lastmod", w3c(listed.lastModified()));
                }
                xml.end();
            }
        }
    }

    /**
     * Writes one file to the stream {@code open} gives; {@code open} is called only once the file
     * is known to exist, so a missing one can still be answered with a 404 page.
     *
     * @throws SitemapNotFoundException when the index would not list this file
     */
    public void write(SitemapFile file, Function<SitemapFile, OutputStream> open) {
        Instant now = clock.instant();
        switch (file) {
            case SitemapFile.Archive archive -> writeArchive(archive, now, open);
            case SitemapFile.Tags tags -> writeTags(tags, now, open);
            case SitemapFile.Pages pages -> writePages(pages, now, open.apply(pages));
            case SitemapFile.News news -> writeNews(news, now, open.apply(news));
        }
    }

    private void writeArchive(SitemapFile.Archive file, Instant now, Function<SitemapFile, OutputStream> open) {
        Cursor after = null;
        if (file.part() > 1) {
            after = articles.archivePosition(file.month(), (long) (file.part() - 1) * perFile, now)
                    .orElseThrow(() -> new SitemapNotFoundException(file.name()));
        }
        int left = perFile;
        List<ArchiveEntry> batch = articles.archive(file.month(), after, Math.min(BATCH, left), now);
        if (batch.isEmpty()) {
            throw new SitemapNotFoundException(file.name());
        }
        try (XmlDocument xml = new XmlDocument(open.apply(file))) {
            xml.start("urlset").namespace(null, SITEMAP_NS).namespace("image", IMAGE_NS);
            while (!batch.isEmpty()) {
                Map<Long, MediaImage> images = media.findByIds(batch.stream().map(ArchiveEntry::featuredMediaId)
                                .filter(id -> id != null).collect(Collectors.toSet()))
                        .stream().collect(Collectors.toMap(MediaImage::id, Function.identity()));
                for (ArchiveEntry entry : batch) {
                    xml.start("url").element("loc", site.absolute(entry.path()))
                            .element("lastmod", w3c(later(entry.publishedAt(), entry.updatedAt())));
                    MediaImage image = entry.featuredMediaId() == null ? null : images.get(entry.featuredMediaId());
                    if (image != null) {
                        xml.start("image:image").element("image:loc", site.absolute(image.url())).end();
                    }
                    xml.end();
                }
                left -= batch.size();
                if (left == 0 || batch.size() < BATCH) {
                    break;
                }
                after = batch.getLast().position();
                batch = articles.archive(file.month(), after, Math.min(BATCH, left), now);
            }
        }
    }

    private void writeTags(SitemapFile.Tags file, Instant now, Function<SitemapFile, OutputStream> open) {
        List<TaggedList> tags = articles.taggedGroup(file.group() - 1L, perFile, now);
        if (tags.isEmpty()) {
            throw new SitemapNotFoundException(file.name());
        }
        try (XmlDocument xml = new XmlDocument(open.apply(file))) {
            xml.start("urlset").namespace(null, SITEMAP_NS);
            for (TaggedList tagged : tags) {
                xml.start("url").element("loc", site.absolute(tagged.tag().path()));
                if (tagged.newest() != null) {
                    xml.element("lastmod", w3c(tagged.newest()));
                }
                xml.end();
            }
        }
    }

    private void writePages(SitemapFile.Pages file, Instant now, OutputStream out) {
        Map<Long, Instant> newest = articles.newestBySection(now);
        try (XmlDocument xml = new XmlDocument(out)) {
            xml.start("urlset").namespace(null, SITEMAP_NS);
            Instant latest = newest.values().stream().max(Instant::compareTo).orElse(null);
            xml.start("url").element("loc", site.absolute("/"));
            if (latest != null) {
                xml.element("lastmod", w3c(latest));
            }
            xml.end();
            for (Section section : sections.all()) {
                Instant at = newest.get(section.id());
                if (at != null) {
                    xml.start("url").element("loc", site.absolute(section.path())).element("lastmod", w3c(at)).end();
                }
            }
        }
    }

    private void writeNews(SitemapFile.News file, Instant now, OutputStream out) {
        String publication = settings.current().name();
        try (XmlDocument xml = new XmlDocument(out)) {
            xml.start("urlset").namespace(null, SITEMAP_NS).namespace("news", NEWS_NS);
            for (ArticleSummary article : articles.publishedSince(now.minus(NEWS_WINDOW), NEWS_MAX, now)) {
                xml.start("url").element("loc", site.absolute(article.path()))
                        .start("news:news")
                        .start("news:publication").element("news:name", publication)
                        .element("news:language", "ar").end()
                        .element("news:publication_date", w3c(article.publishedAt()))
                        .element("news:title", article.title())
                        .end()
                        .end();
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** W3C date-time in the site's zone, to the second, as sitemaps want it. */
    private String w3c(Instant at) {
        ZoneId zone = site.zone();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }
}
