package org.akhbar.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test articles, fluently: {@code article("عنوان").in("الاقتصاد").tagged("ليبيا").build()}. */
public final class ArticleBuilder {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private String externalId;
    private String title;
    private String slug;
    private String kicker;
    private String excerpt;
    private String body = "<p>نص تجريبي للمقال يكفي لاختبار العرض.</p>";
    private final List<String> sections = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String author;
    private Instant publishedAt = Instant.now().minusSeconds(3600);
    private ArticleStatus status = ArticleStatus.PUBLISHED;
    private Boolean commentsOpen;

    private ArticleBuilder(String title) {
        this.title = title;
    }

    public static ArticleBuilder article(String title) {
        return new ArticleBuilder(title);
    }

    /** A name no other test uses, so tests sharing one database stay out of each other's lists. */
    public static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
    }

    public ArticleBuilder externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }

    public ArticleBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public ArticleBuilder kicker(String kicker) {
        this.kicker = kicker;
        return this;
    }

    public ArticleBuilder excerpt(String excerpt) {
        this.excerpt = excerpt;
        return this;
    }

    public ArticleBuilder body(String html) {
        this.body = html;
        return this;
    }

    public ArticleBuilder in(String... sectionNames) {
        sections.addAll(List.of(sectionNames));
        return this;
    }

    public ArticleBuilder tagged(String... tagNames) {
        tags.addAll(List.of(tagNames));
        return this;
    }

    public ArticleBuilder by(String authorName) {
        this.author = authorName;
        return this;
    }

    public ArticleBuilder publishedAt(Instant at) {
        this.publishedAt = at;
        return this;
    }

    public ArticleBuilder draft() {
        this.status = ArticleStatus.DRAFT;
        return this;
    }

    public ArticleBuilder commentsOpen(boolean open) {
        this.commentsOpen = open;
        return this;
    }

    public ArticleInput build() {
        return new ArticleInput(externalId, title, slug, kicker, excerpt, body, sections, tags, author, publishedAt, status,
                null, commentsOpen);
    }
}
