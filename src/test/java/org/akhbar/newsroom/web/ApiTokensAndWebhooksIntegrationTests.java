package org.akhbar.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akhbar.api.ApiTokens;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.akhbar.webhook.Webhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators make and revoke API tokens and register webhooks in the newsroom. */
@DatabaseTest
class ApiTokensAndWebhooksIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("<code dir=\"ltr\" class=\"secret\">([^<]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Webhooks webhooks;

    NewsroomClient admin;
    Account administrator;

    @BeforeEach
    void signIn() {
        administrator = TestAccounts.create(accounts, Role.ADMINISTRATOR);
        admin = new NewsroomClient(port);
        admin.login(administrator.username(), TestAccounts.PASSWORD);
    }

    private static String secretOn(HttpResponse<String> page) {
        Matcher m = SECRET.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    @Test
    void aTokenIsShownOnceWorksForItsAccountAndStopsWhenRevoked() {
        Account author = TestAccounts.create(accounts, Role.AUTHOR);
        HttpResponse<String> created = admin.post("/newsroom/api-tokens", Map.of("name", "نظام الشريك",
                "accountId", Long.toString(author.id()), "scopes", "articles:create", "rateLimit", "100"));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String token = secretOn(created);
        assertThat(token).startsWith("akh_");
        assertThat(admin.get("/newsroom/api-tokens").body()).contains("نظام الشريك").doesNotContain(token);

        Web web = new Web(port);
        HttpResponse<String> draft = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/v1/articles")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"من الشريك\",\"body\":\"<p>نص</p>\"}")).build());
        assertThat(draft.statusCode()).isEqualTo(201);
        assertThat(draft.body()).contains(author.displayName());

        long id = tokens.findAll().stream().filter(t -> token.startsWith(t.prefix())).findFirst().orElseThrow().id();
        assertThat(admin.post("/newsroom/api-tokens/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(302);
        assertThat(web.get("/api/v1/sections", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void aBadTokenFormIsAnsweredWithItsProblemsAndMakesNothing() {
        int before = tokens.findAll().size();
        HttpResponse<String> refused = admin.post("/newsroom/api-tokens", Map.of("name", " ", "rateLimit", "0"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("data-field=\"name\"").contains("data-field=\"rateLimit\"");
        assertThat(tokens.findAll()).hasSize(before);
    }

    @Test
    void aWebhookIsRegisteredWithItsSecretShownOnceAndAPrivateAddressNeedsTheTick() {
        HttpResponse<String> refused = admin.post("/newsroom/webhooks", Map.of("url", "http://127.0.0.1:9/hook",
                "events", "article.published"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("data-field=\"url\"");

        HttpResponse<String> created = admin.post("/newsroom/webhooks", Map.of("url", "http://127.0.0.1:9/hook",
                "events", "article.updated", "allowPrivate", "on"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(secretOn(created)).startsWith("whsec_");
        long id = webhooks.findAll().getFirst().id();
        assertThat(webhooks.findAll().getFirst().allowPrivate()).isTrue();

        HttpResponse<String> deliveries = admin.get("/newsroom/webhooks/" + id);
        assertThat(deliveries.statusCode()).isEqualTo(200);
        assertThat(deliveries.body()).contains("http://127.0.0.1:9/hook");

        admin.post("/newsroom/webhooks/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(webhooks.find(id).orElseThrow().enabled()).isFalse();
        admin.post("/newsroom/webhooks/" + id + "/delete", Map.of());
        assertThat(webhooks.find(id)).isEmpty();
        assertThat(admin.get("/newsroom/webhooks/" + id).statusCode()).isEqualTo(404);
    }
}
