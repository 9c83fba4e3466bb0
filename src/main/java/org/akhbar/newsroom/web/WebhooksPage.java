package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.webhook.Webhook;
import org.akhbar.webhook.WebhookEvent;

/** The webhooks page's model. {@code createdSecret}: the secret of a webhook just registered, shown this once. */
public record WebhooksPage(NewsroomChrome chrome, List<Webhook> webhooks, List<WebhookEvent> events, WebhookForm form,
        List<FormProblem> problems, String createdSecret, String messageKey) {
}
