package org.akhbar.webhook;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.schema.Tables.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import org.akhbar.article.ArticleService;
import org.akhbar.article.ArticleStatus;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end against a tiny HTTP server on 127.0.0.1 (allowed explicitly, as private
 * addresses must be): what is sent for which change, how it is signed, retried and logged.
 */
@DatabaseTest
@TestPropertySource(properties = {"akhbar.webhooks.poll-interval=100ms", "akhbar.webhooks.retry-base=300ms",
        "akhbar.webhooks.max-attempts=3", "akhbar.webhooks.timeout=5s"})
class WebhookDeliveryIntegrationTests {

    @Autowired
    Webhooks webhooks;

    @Autowired
    ArticleService articles;

    @Autowired
    AccountService accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DSLContext db;

    /** What the receiver got. */
    record Received(Instant at, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** Statuses to answer, in order; 200 once they run out. */
    final Deque<Integer> answers = new ArrayDeque<>();
    Account admin;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body));
            Integer status;
            synchronized (answers) {
                status = answers.poll();
            }
            byte[] answer = ("answer " + "ج".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
        admin = TestAccounts.create(accounts, Role.ADMINISTRATOR);
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    Webhooks.Registered register(WebhookEvent... events) {
        return webhooks.register(url(), EnumSet.of(events[0], events), true, admin.staff());
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void aPublishedArticleIsSentSignedWithItsTimestamp() throws Exception {
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_PUBLISHED);

        long id = articles.create(article("خبر للخطاف").in("سياسة").build());

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        Received request = received.getFirst();
        String timestamp = request.header("X-Akhbar-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
        assertThat(request.header("X-Akhbar-Signature")).isEqualTo(hmac(hook.secret(), timestamp + "." + request.body()));
        assertThat(request.header("X-Akhbar-Event")).isEqualTo("article.published");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode payload = json(request.body());
        assertThat(payload.get("event").asString()).isEqualTo("article.published");
        assertThat(payload.get("article").get("id").asLong()).isEqualTo(id);
        assertThat(payload.get("article").get("title").asString()).isEqualTo("خبر للخطاف");
        assertThat(payload.get("article").get("sections").get(0).asString()).isEqualTo("سياسة");

        await().atMost(Duration.ofSeconds(5)).until(() -> webhooks.deliveries(hook.id()).getFirst().deliveredAt() != null);
        Delivery delivery = webhooks.deliveries(hook.id()).getFirst();
        assertThat(delivery.state()).isEqualTo("delivered");
        assertThat(delivery.history()).singleElement().satisfies(attempt -> {
            assertThat(attempt.statusCode()).isEqualTo(200);
            assertThat(attempt.responseBody()).startsWith("answer").hasSize(WebhookSender.RESPONSE_KEPT);
        });
    }

    @Test
    void onlyTheEventsAskedForAreSentAndDraftsNever() {
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_UPDATED, WebhookEvent.ARTICLE_UNPUBLISHED);

        long draft = articles.create(article("مسودة").draft().build());
        articles.update(draft, article("مسودة معدلة").draft().build());
        long id = articles.create(article("منشور").build());            // published: not asked for
        articles.update(id, article("منشور بعد التعديل").build());        // updated
        articles.update(id, article("منشور بعد التعديل").build().withStatus(ArticleStatus.UNPUBLISHED));

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
        assertThat(received).extracting(r -> r.header("X-Akhbar-Event"))
                .containsExactlyInAnyOrder("article.updated", "article.unpublished");
        assertThat(webhooks.deliveries(hook.id())).allMatch(d -> d.articleId() == id);
    }

    @Test
    void aChangeThatIsRolledBackSendsNothing() throws Exception {
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_PUBLISHED);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            articles.create(article("لن يبقى").build());
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        Thread.sleep(500);
        assertThat(received).isEmpty();
        assertThat(webhooks.deliveries(hook.id())).isEmpty();
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingWaitsAndEveryAttemptIsLogged() {
        synchronized (answers) {
            answers.addAll(List.of(500, 503));
        }
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_PUBLISHED);

        articles.create(article("يصل في المحاولة الثالثة").build());

        await().atMost(Duration.ofSeconds(15)).until(() -> !webhooks.deliveries(hook.id()).isEmpty()
                && webhooks.deliveries(hook.id()).getFirst().deliveredAt() != null);
        Delivery delivery = webhooks.deliveries(hook.id()).getFirst();
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.history()).extracting(Delivery.Attempt::statusCode).containsExactly(500, 503, 200);
        assertThat(received).hasSize(3);
        assertThat(received.stream().map(Received::body).distinct()).hasSize(1);
        Duration firstWait = Duration.between(received.get(0).at(), received.get(1).at());
        Duration secondWait = Duration.between(received.get(1).at(), received.get(2).at());
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttempt() {
        synchronized (answers) {
            answers.addAll(List.of(500, 500, 500, 500));
        }
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_PUBLISHED);

        articles.create(article("لن يصل").build());

        await().atMost(Duration.ofSeconds(15)).until(() -> !webhooks.deliveries(hook.id()).isEmpty()
                && webhooks.deliveries(hook.id()).getFirst().failedAt() != null);
        Delivery delivery = webhooks.deliveries(hook.id()).getFirst();
        assertThat(delivery.state()).isEqualTo("failed");
        assertThat(delivery.history()).hasSize(3).allMatch(a -> a.statusCode() == 500);
        assertThat(received).hasSize(3);
    }

    @Test
    void theAddressIsCheckedAgainWhenSending() throws Exception {
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_PUBLISHED);
        // As if the permission had been withdrawn after registering: the address is now refused at send time.
        db.update(WEBHOOK).set(WEBHOOK.ALLOW_PRIVATE, 0).where(WEBHOOK.ID.eq(hook.id())).execute();

        articles.create(article("إلى عنوان مرفوض").build());

        await().atMost(Duration.ofSeconds(10)).until(() -> !webhooks.deliveries(hook.id()).isEmpty()
                && !webhooks.deliveries(hook.id()).getFirst().history().isEmpty());
        Delivery.Attempt attempt = webhooks.deliveries(hook.id()).getFirst().history().getFirst();
        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).contains("webhooks.error.url-private");
        assertThat(received).isEmpty();
    }

    @Test
    void privateAndMalformedAddressesAreRefusedWhenRegisteringUnlessAllowed() {
        assertThatThrownBy(() -> webhooks.register(url(), EnumSet.of(WebhookEvent.ARTICLE_PUBLISHED), false, admin.staff()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("webhooks.error.url-private"));
        assertThatThrownBy(() -> webhooks.register("file:///etc/passwd", EnumSet.noneOf(WebhookEvent.class), true, admin.staff()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("url", "events"));
        assertThat(webhooks.findAll()).noneMatch(w -> w.url().startsWith("file:"));
    }

    @Test
    void aDisabledWebhookIsSentNothingAndGivesUpWhatWasPending() throws Exception {
        Webhooks.Registered hook = register(WebhookEvent.ARTICLE_PUBLISHED);
        webhooks.setEnabled(hook.id(), false);

        articles.create(article("لا يُرسل").build());

        Thread.sleep(500);
        assertThat(received).isEmpty();
        assertThat(webhooks.deliveries(hook.id())).isEmpty();
    }
}
