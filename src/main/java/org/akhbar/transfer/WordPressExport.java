package org.akhbar.transfer;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleHtml;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleStatus;
import org.akhbar.comment.Comment;
import org.akhbar.comment.CommentRepository;
import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaRepository;
import org.akhbar.people.Account;
import org.akhbar.people.AccountRepository;
import org.akhbar.platform.Slice;
import org.akhbar.site.SiteProperties;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.taxonomy.Tag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;

/**
 * Writes the whole site as a WordPress export (WXR 1.2) that WordPress's own importer reads, so no
 * one is locked in: sections as categories with their hierarchy, tags, newsroom accounts as
 * authors, every article of any status with its dates, slug, excerpt, sections and tags. Streams,
 * a batch of articles at a time. What WordPress has no place for (an article's external id, the
 * "unpublished" status) goes in post meta, so importing the export here gives the same site back.
 */
@Service
public class WordPressExport {

    private static final int BATCH = 500;
    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /**
     * WordPress numbers attachments and posts in one sequence; media ids are moved up by this so they
     * never meet an article's id in the same export.
     */
    static final long ATTACHMENT_ID_BASE = 1_000_000_000L;

    private final ArticleRepository articles;
    private final CommentRepository comments;
    private final MediaRepository media;
    private final SectionRepository sections;
    private final AccountRepository accounts;
    private final SiteProperties site;
    private final SiteSettingsService settings;

    WordPressExport(ArticleRepository articles, CommentRepository comments, MediaRepository media,
            SectionRepository sections, AccountRepository accounts, SiteProperties site, SiteSettingsService settings) {
        this.articles = articles;
        this.comments = comments;
        this.media = media;
        this.sections = sections;
        this.accounts = accounts;
        this.site = site;
        this.settings = settings;
    }

    /** Writes the export and returns how many articles it holds. */
    public long run(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        String base = site.absolute("");
        ZoneId zone = site.zone();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("excerpt", EXCERPT);
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("wp", WP);
        xml.writeStartElement("channel");
        element(xml, null, "title", settings.current().name());
        element(xml, null, "link", base);
        element(xml, null, "description", site.description());
        element(xml, null, "language", "ar");
        element(xml, WP, "wxr_version", "1.2");
        element(xml, WP, "base_site_url", base);
        element(xml, WP, "base_blog_url", base);

        Map<Long, String> loginOfAuthor = new HashMap<>();
        for (Account account : accounts.findAll()) {
            loginOfAuthor.put(account.authorId(), account.username());
            xml.writeStartElement("wp", "author", WP);
            element(xml, WP, "author_id", Long.toString(account.id()));
            cdata(xml, WP, "author_login", account.username());
            cdata(xml, WP, "author_email", account.email() == null ? "" : account.email());
            cdata(xml, WP, "author_display_name", account.displayName());
            xml.writeEndElement();
        }

        List<Section> all = sections.findAll();
        Map<Long, Long> parents = sections.findParents();
        Map<Long, Section> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        // Parents first: WordPress's importer creates a category's parent before the category.
        for (Section section : parentsFirst(all, parents)) {
            xml.writeStartElement("wp", "category", WP);
            element(xml, WP, "term_id", Long.toString(section.id()));
            cdata(xml, WP, "category_nicename", WordPressMapping.wordpressSlug(section.slug()));
            Section parent = parents.containsKey(section.id()) ? byId.get(parents.get(section.id())) : null;
            cdata(xml, WP, "category_parent", parent == null ? "" : WordPressMapping.wordpressSlug(parent.slug()));
            cdata(xml, WP, "cat_name", section.name());
            xml.writeEndElement();
        }

        attachments(xml, base, zone);

        long written = 0;
        long after = 0;
        List<Article> batch;
        while (!(batch = articles.findAfter(after, BATCH)).isEmpty()) {
            Set<Long> embedded = new HashSet<>();
            batch.forEach(a -> embedded.addAll(ArticleHtml.embeddedIds(a.bodyHtml())));
            Map<Long, String> externalIds = embedded.isEmpty() ? Map.of() : articles.findExternalIds(embedded);
            Map<Long, List<Comment>> commentsOf = new HashMap<>();
            for (Comment comment : comments.findByArticles(batch.stream().map(Article::id).toList())) {
                commentsOf.computeIfAbsent(comment.articleId(), id -> new ArrayList<>()).add(comment);
            }
            for (Article article : batch) {
                item(xml, article, base, zone, loginOfAuthor, externalIds, commentsOf.getOrDefault(article.id(), List.of()));
                written++;
            }
            after = batch.getLast().id();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        return written;
    }

    /**
     * Every image of the library as an attachment: its address for WordPress's importer to fetch,
     * and as {@code _wp_attached_file} its place in Akhbar's media folder, so {@code import-wordpress
     * --media-dir} pointed at that folder takes the files without any network.
     */
    private void attachments(XMLStreamWriter xml, String base, ZoneId zone) throws XMLStreamException {
        Slice<MediaImage> page = media.page(null, null, BATCH);
        while (true) {
            for (MediaImage image : page.items()) {
                xml.writeStartElement("item");
                element(xml, null, "title", image.originalName() == null ? "media-" + image.id() : image.originalName());
                element(xml, null, "link", base + image.url());
                cdata(xml, CONTENT, "encoded", "");
                cdata(xml, EXCERPT, "encoded", image.caption() == null ? "" : image.caption());
                element(xml, WP, "post_id", Long.toString(ATTACHMENT_ID_BASE + image.id()));
                element(xml, WP, "post_date", WordPressMapping.wordpressTime(image.createdAt(), zone));
                element(xml, WP, "post_date_gmt", WordPressMapping.wordpressTime(image.createdAt(), ZoneOffset.UTC));
                element(xml, WP, "status", "inherit");
                element(xml, WP, "post_parent", "0");
                element(xml, WP, "post_type", "attachment");
                element(xml, WP, "attachment_url", base + image.url());
                meta(xml, "_wp_attached_file", image.storageKey() + "/original." + image.type().extension());
                if (image.alt() != null) {
                    meta(xml, "_wp_attachment_image_alt", image.alt());
                }
                xml.writeEndElement();
            }
            if (page.next().isEmpty()) {
                return;
            }
            page = media.page(null, page.next().get(), BATCH);
        }
    }

    private static List<Section> parentsFirst(List<Section> all, Map<Long, Long> parents) {
        Map<Long, Integer> depth = new HashMap<>();
        for (Section section : all) {
            int d = 0;
            for (Long at = parents.get(section.id()); at != null && d < all.size(); at = parents.get(at)) {
                d++;
            }
            depth.put(section.id(), d);
        }
        return all.stream().sorted(Comparator.comparing((Section s) -> depth.get(s.id()))).toList();
    }

    private void item(XMLStreamWriter xml, Article article, String base, ZoneId zone, Map<Long, String> loginOfAuthor,
            Map<Long, String> externalIds, List<Comment> thread) throws XMLStreamException {
        String link = base + article.path();
        xml.writeStartElement("item");
        element(xml, null, "title", article.title());
        element(xml, null, "link", link);
        element(xml, null, "pubDate", RFC_822.format(article.publishedAt().atOffset(ZoneOffset.UTC)));
        String creator = article.author() == null ? "" : loginOfAuthor.getOrDefault(article.author().id(), article.author().name());
        cdata(xml, DC, "creator", creator);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(base + "/?p=" + article.id());
        xml.writeEndElement();
        element(xml, null, "description", "");
        cdata(xml, CONTENT, "encoded", body(article, base, externalIds));
        cdata(xml, EXCERPT, "encoded", article.excerpt() == null ? "" : article.excerpt());
        element(xml, WP, "post_id", Long.toString(article.id()));
        element(xml, WP, "post_date", WordPressMapping.wordpressTime(article.publishedAt(), zone));
        element(xml, WP, "post_date_gmt", WordPressMapping.wordpressTime(article.publishedAt(), ZoneOffset.UTC));
        element(xml, WP, "comment_status", article.commentsOpen() ? "open" : "closed");
        element(xml, WP, "ping_status", "closed");
        element(xml, WP, "post_name", WordPressMapping.wordpressSlug(article.slug()));
        element(xml, WP, "status", status(article.status()));
        element(xml, WP, "post_parent", "0");
        element(xml, WP, "menu_order", "0");
        element(xml, WP, "post_type", "post");
        element(xml, WP, "post_password", "");
        element(xml, WP, "is_sticky", "0");
        for (Section section : article.sections()) {
            term(xml, "category", WordPressMapping.wordpressSlug(section.slug()), section.name());
        }
        for (Tag tag : article.tags()) {
            term(xml, "post_tag", WordPressMapping.wordpressSlug(tag.slug()), tag.name());
        }
        if (article.featuredMediaId() != null) {
            meta(xml, "_thumbnail_id", Long.toString(ATTACHMENT_ID_BASE + article.featuredMediaId()));
        }
        String externalId = article.externalId() != null ? article.externalId() : "akhbar-" + article.id();
        meta(xml, WordPressMapping.EXTERNAL_ID_META, externalId);
        if (article.status() == ArticleStatus.UNPUBLISHED || article.status() == ArticleStatus.REVIEW) {
            meta(xml, WordPressMapping.STATUS_META, article.status().code());
        }
        for (Comment comment : thread) {
            xml.writeStartElement("wp", "comment", WP);
            element(xml, WP, "comment_id", Long.toString(comment.id()));
            cdata(xml, WP, "comment_author", comment.authorName());
            cdata(xml, WP, "comment_author_email", comment.authorEmail() == null ? "" : comment.authorEmail());
            element(xml, WP, "comment_author_url", "");
            cdata(xml, WP, "comment_author_IP", "");
            cdata(xml, WP, "comment_date", WordPressMapping.wordpressTime(comment.createdAt(), zone));
            cdata(xml, WP, "comment_date_gmt", WordPressMapping.wordpressTime(comment.createdAt(), ZoneOffset.UTC));
            cdata(xml, WP, "comment_content", comment.body());
            cdata(xml, WP, "comment_approved", WordPressComments.approved(comment.status()));
            cdata(xml, WP, "comment_type", "comment");
            element(xml, WP, "comment_parent", comment.parentId() == null ? "0" : Long.toString(comment.parentId()));
            element(xml, WP, "comment_user_id", "0");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** WordPress's status for an article's. */
    static String status(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "publish";
            case SCHEDULED -> "future";
            case DRAFT -> "draft";
            case REVIEW -> "pending";
            case UNPUBLISHED -> "private";
        };
    }

    /**
     * The body as WordPress should keep it: embedded articles named by external id (ids mean
     * nothing on another site), library images as plain images at their full address.
     */
    private static String body(Article article, String base, Map<Long, String> externalIds) {
        String html = ArticleHtml.withExternalIds(article.bodyHtml(),
                id -> Optional.of(externalIds.getOrDefault(id, "akhbar-" + id)));
        if (!html.contains("data-media-id")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element img : document.select("img[data-media-id]")) {
            String src = img.attr("src");
            // WordPress's own mark of a library image: its attachment, found again on import
            img.addClass("wp-image-" + (ATTACHMENT_ID_BASE + Long.parseLong(img.attr("data-media-id"))));
            img.removeAttr("data-media-id").removeAttr("srcset").removeAttr("sizes").removeAttr("loading").removeAttr("decoding");
            if (src.startsWith("/")) {
                img.attr("src", base + src);
            }
        }
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return document.body().html();
    }

    private static void term(XMLStreamWriter xml, String domain, String nicename, String name) throws XMLStreamException {
        xml.writeStartElement("category");
        xml.writeAttribute("domain", domain);
        xml.writeAttribute("nicename", nicename);
        xml.writeCData(safeCdata(name));
        xml.writeEndElement();
    }

    private static void meta(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("wp", "postmeta", WP);
        cdata(xml, WP, "meta_key", key);
        cdata(xml, WP, "meta_value", value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        if (namespace == null) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(prefix(namespace), name, namespace);
        }
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void cdata(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(prefix(namespace), name, namespace);
        String value = text == null ? "" : text;
        // "]]>" cannot appear inside a CDATA section: split it across two.
        String[] parts = value.split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
            xml.writeCData(part);
        }
        xml.writeEndElement();
    }

    private static String safeCdata(String text) {
        return text.replace("]]>", "]] >");
    }

    private static String prefix(String namespace) {
        return switch (namespace) {
            case WP -> "wp";
            case EXCERPT -> "excerpt";
            case CONTENT -> "content";
            case DC -> "dc";
            default -> throw new IllegalArgumentException(namespace);
        };
    }
}
