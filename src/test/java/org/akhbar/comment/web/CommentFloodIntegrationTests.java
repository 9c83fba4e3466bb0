package org.akhbar.comment.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.akhbar.schema.Tables.ARTICLE_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.akhbar.article.ArticleService;
import org.akhbar.comment.FormTokens;
import org.akhbar.comment.TestTokens;
import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A thousand comments posted at once (a hundred in flight at a time), a hundred of them sent twice:
 * every one is either stored (and answered with its id) or refused with a clear status (409 for the
 * second copy, 429 past the address limit, 503 if the database could not take it in time); none is
 * lost, none stored twice, and the address limit lets exactly as many through as it allows. Its own
 * context, so the address counter starts at zero.
 */
@DatabaseTest
@TestPropertySource(properties = {"akhbar.comments.address-limit=800", "akhbar.comments.email-limit=5"})
class CommentFloodIntegrationTests {

    private static final int POSTS = 1000;
    private static final int TWICE = 100;
    private static final int IN_FLIGHT = 100;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    FormTokens tokens;

    @Autowired
    DSLContext db;

    record Answer(int post, int status, Long id) {
    }

    @Test
    void aThousandConcurrentPostsAreEachStoredOnceOrClearlyRefused() throws Exception {
        long story = articles.create(article(unique("خبر يتدفق عليه التعليق")).build());
        String token = TestTokens.shownAMinuteAgo(tokens);
        String run = Long.toString(System.nanoTime() % 1_000_000);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        URI action = URI.create("http://127.0.0.1:" + port + "/article/" + story + "/comments");

        // Post n and post n + 500 (n < 100) are the same comment: a double click, a retry.
        List<Answer> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        try (ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                int n = i >= POSTS / 2 && i < POSTS / 2 + TWICE ? i - POSTS / 2 : i;
                int post = i;
                String body = encode(Map.of("name", "قارئ " + n, "email", "flood" + run + "-" + n + "@example.com",
                        "text", "تعليق رقم " + n + " على الخبر", "token", token, "website", "", "parent", ""));
                sent.add(posters.submit(() -> {
                    start.await();
                    inFlight.acquire();
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(action)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(120))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher id = ID.matcher(response.body());
                        return new Answer(post, response.statusCode(), response.statusCode() == 201 && id.find()
                                ? Long.valueOf(id.group(1)) : null);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<Answer> future : sent) {
                answers.add(future.get());
            }
            // The figure the notes quote: how long the thousand took on this database and machine.
            System.out.printf("comment flood: %d posts in %d ms, answers %s%n", POSTS, (System.nanoTime() - began) / 1_000_000,
                    answers.stream().collect(Collectors.groupingBy(Answer::status, java.util.TreeMap::new, Collectors.counting())));
        }

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(byStatus.keySet()).as("every post stored or clearly refused: %s", byStatus).isSubsetOf(201, 409, 429, 503);
        long stored = byStatus.getOrDefault(201, 0L);
        assertThat(stored + byStatus.getOrDefault(409, 0L)).as("the address limit holds").isLessThanOrEqualTo(800);
        if (!byStatus.containsKey(503)) {
            // A 503 (a database too busy to answer in time) may come before or after the post was counted.
            assertThat(byStatus.getOrDefault(429, 0L)).as("the address limit holds exactly").isEqualTo(POSTS - 800);
            assertThat(stored + byStatus.getOrDefault(409, 0L)).isEqualTo(800);
        }
        assertThat(byStatus.getOrDefault(409, 0L)).isLessThanOrEqualTo(TWICE);

        Set<Long> answeredIds = answers.stream().map(Answer::id).filter(id -> id != null).collect(Collectors.toSet());
        assertThat(answeredIds).hasSize((int) stored);
        List<Long> inDatabase = db.select(ARTICLE_COMMENT.ID).from(ARTICLE_COMMENT)
                .where(ARTICLE_COMMENT.ARTICLE_ID.eq(story)).fetch(ARTICLE_COMMENT.ID);
        assertThat(new HashSet<>(inDatabase)).as("none lost, none invented").isEqualTo(answeredIds);
        List<String> texts = db.select(ARTICLE_COMMENT.BODY).from(ARTICLE_COMMENT)
                .where(ARTICLE_COMMENT.ARTICLE_ID.eq(story)).fetch(ARTICLE_COMMENT.BODY);
        assertThat(texts).as("none stored twice").doesNotHaveDuplicates();
        Set<Integer> refusedTwice = answers.stream().filter(a -> a.status() == 409).map(a -> a.post() % (POSTS / 2))
                .collect(Collectors.toSet());
        assertThat(refusedTwice).allMatch(n -> n < TWICE && texts.contains("تعليق رقم " + n + " على الخبر"));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
