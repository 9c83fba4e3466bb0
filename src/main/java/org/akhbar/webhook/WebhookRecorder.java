package org.akhbar.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.article.ArticleStatus;
import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeRecorded;
import org.akhbar.platform.PerTransaction;
import org.akhbar.site.SiteChrome;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the deliveries an article change calls for, inside the transaction that makes the change
 * (see {@code ChangeRecorded}): a delivery exists if and only if its change was committed, once,
 * whichever node or command-line job made it. The payload is the article as it stands in that
 * transaction, so retries send the same bytes.
 *
 * <p>"Published": the change published it (by hand, on schedule, or by an import of a published
 * story). "Updated": a change to an article that is public. "Unpublished": taken off the site (by
 * the workflow, or by a save that left a listed article unlisted).
 */
@Component
class WebhookRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookRepository webhooks;
    private final ArticleRepository articles;
    private final SiteChrome site;
    private final Clock clock;

    WebhookRecorder(WebhookRepository webhooks, ArticleRepository articles, SiteChrome site, Clock clock) {
        this.webhooks = webhooks;
        this.articles = articles;
        this.site = site;
        this.clock = clock;
    }

    @EventListener
    void on(ChangeRecorded recorded) {
        Change change = recorded.change();
        if (!change.entity().equals(ArticleService.ENTITY) || !change.seenByReaders()) {
            return;
        }
        // Most sites have few webhooks or none: ask that first, before reading the article.
        Map<Long, Set<WebhookEvent>> subscriptions = subscriptions();
        if (subscriptions.isEmpty()) {
            return;
        }
        Optional<Article> found = articles.findById(change.entityId());
        if (found.isEmpty()) {
            return;
        }
        Article article = found.get();
        Instant now = clock.instant();
        boolean isPublic = article.status() == ArticleStatus.PUBLISHED && !article.publishedAt().isAfter(now);
        WebhookEvent event = switch (change.action()) {
            case "published" -> isPublic ? WebhookEvent.ARTICLE_PUBLISHED : null;
            case "created" -> isPublic ? WebhookEvent.ARTICLE_PUBLISHED : null;
            // An import or API save that leaves a listed article off every list has taken it off the site.
            case "updated" -> isPublic ? WebhookEvent.ARTICLE_UPDATED
                    : !article.status().listed() ? WebhookEvent.ARTICLE_UNPUBLISHED : null;
            case "unpublished" -> WebhookEvent.ARTICLE_UNPUBLISHED;
            default -> null;
        };
        if (event == null) {
            return;
        }
        WebhookEvent wanted = event;
        List<Long> subscribed = subscriptions.entrySet().stream().filter(e -> e.getValue().contains(wanted))
                .map(Map.Entry::getKey).sorted().toList();
        if (subscribed.isEmpty()) {
            return;
        }
        String payload = payload(event, article, change.changedAt());
        for (long webhookId : subscribed) {
            webhooks.insertDelivery(webhookId, event, article.id(), payload, now);
        }
    }

    /**
     * The enabled subscriptions, asked once per transaction: a bulk save (an import) records
     * hundreds of changes in one, and webhooks are not changed in the same transaction as articles.
     */
    private Map<Long, Set<WebhookEvent>> subscriptions() {
        return PerTransaction.get(this, webhooks::findEnabledSubscriptions);
    }

    private String payload(WebhookEvent event, Article article, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.code());
        body.put("occurredAt", at.toString());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", article.id());
        a.put("slug", article.slug());
        a.put("url", site.site().absolute(article.path()));
        a.put("api", site.site().absolute("/api/v1/articles/" + article.id()));
        a.put("title", article.title());
        a.put("kicker", article.kicker());
        a.put("excerpt", article.excerpt());
        a.put("status", article.status().code());
        a.put("version", article.version());
        a.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
        a.put("updatedAt", article.updatedAt().toString());
        a.put("author", article.author() == null ? null : article.author().name());
        a.put("sections", article.sections().stream().map(Section::name).toList());
        a.put("tags", article.tags().stream().map(Tag::name).toList());
        body.put("article", a);
        return JSON.writeValueAsString(body);
    }
}
