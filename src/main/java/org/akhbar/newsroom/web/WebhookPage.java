package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.webhook.Delivery;
import org.akhbar.webhook.Webhook;

/** One webhook's page: its latest deliveries with every attempt and what the receiver answered. */
public record WebhookPage(NewsroomChrome chrome, Webhook webhook, List<Delivery> deliveries) {
}
