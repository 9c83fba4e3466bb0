package org.akhbar.api.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.akhbar.api.ApiTokens;
import org.akhbar.api.ApiTokens.NewToken;
import org.akhbar.api.Scope;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.article.ArticleStatus;
import org.akhbar.article.RevisionRepository;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's contract as a client sees it over HTTP: reads with filters, cursors and ETags; writes
 * with tokens, their scopes and the workflow's rules; every error as problem+json.
 */
@DatabaseTest
class ArticlesApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleRepository repository;

    @Autowired
    RevisionRepository revisions;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    Web web;
    Account editor;

    @BeforeEach
    void connect() {
        web = new Web(port);
        editor = TestAccounts.create(accounts, Role.EDITOR);
    }

    String token(Role role, Scope... scopes) {
        Account account = role == Role.EDITOR ? editor : TestAccounts.create(accounts, role);
        Set<Scope> wanted = scopes.length == 0 ? EnumSet.noneOf(Scope.class) : EnumSet.of(scopes[0], scopes);
        return tokens.create(new NewToken("اختبار", wanted, account.id(), null), editor.staff()).token();
    }

    HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return web.send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    // ---- reads ----------------------------------------------------------------------------------

    @Test
    void aPublishedArticleIsReadByIdAndBySlugWithItsLabels() {
        String section = unique("قسم");
        long id = articles.create(article("مقال للواجهة").slug(unique("slug")).in(section).tagged("وسم").by("كاتبة")
                .body("<p>نص المقال</p><script>alert(1)</script>").build());
        String slug = repository.findById(id).orElseThrow().slug();

        HttpResponse<String> byId = web.get("/api/v1/articles/" + id);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode article = json(byId);
        assertThat(article.get("title").asString()).isEqualTo("مقال للواجهة");
        assertThat(article.get("body").asString()).contains("نص المقال").doesNotContain("script");
        assertThat(article.get("status").asString()).isEqualTo("published");
        assertThat(article.get("sections").get(0).get("name").asString()).isEqualTo(section);
        assertThat(article.get("tags").get(0).get("name").asString()).isEqualTo("وسم");
        assertThat(article.get("author").get("name").asString()).isEqualTo("كاتبة");
        assertThat(article.get("url").asString()).startsWith("http").contains("/article/" + id + "/");
        assertThat(Instant.parse(article.get("publishedAt").asString())).isBefore(Instant.now().plusSeconds(1));

        JsonNode bySlug = json(web.get("/api/v1/articles/by-slug/" + java.net.URLEncoder.encode(slug,
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(bySlug.get("id").asLong()).isEqualTo(id);
    }

    @Test
    void readsCarryAnEtagAndAnUnchangedOneIsAnswered304() {
        long id = articles.create(article("مقال بوسم").build());
        HttpResponse<String> first = web.get("/api/v1/articles/" + id);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = web.get("/api/v1/articles/" + id, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
    }

    @Test
    void draftsAndUnknownArticlesAreNotFoundAndUnpublishedOnesGone() {
        long draft = articles.create(article("مسودة").draft().build());
        long gone = articles.create(article("سيُسحب").build());
        articles.update(gone, article("سيُسحب").build().withStatus(ArticleStatus.UNPUBLISHED));

        assertProblem(web.get("/api/v1/articles/" + draft), 404, "not-found");
        assertProblem(web.get("/api/v1/articles/999999999"), 404, "not-found");
        assertProblem(web.get("/api/v1/articles/" + gone), 410, "gone");
        assertProblem(web.get("/api/v1/articles/by-slug/no-such-slug-at-all"), 404, "not-found");
    }

    @Test
    void listsPageByCursorWithoutRepeatsAndFilterBySectionAndDate() {
        String section = unique("قسم-الصفحات");
        Instant base = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(articles.create(article("مقال " + i).in(section).publishedAt(base.plus(i, ChronoUnit.HOURS)).build()));
        }
        articles.create(article("خارج القسم").publishedAt(base.plus(2, ChronoUnit.HOURS)).build());
        String slug = json(web.get("/api/v1/articles/" + ids.getFirst())).get("sections").get(0).get("slug").asString();
        String encoded = java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8);

        List<Long> seen = new ArrayList<>();
        String next = "/api/v1/articles?section=" + encoded + "&limit=2";
        int pages = 0;
        while (next != null) {
            JsonNode page = json(web.get(next));
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids.reversed());

        JsonNode window = json(web.get("/api/v1/articles?section=" + encoded + "&since="
                + base.plus(1, ChronoUnit.HOURS) + "&until=" + base.plus(3, ChronoUnit.HOURS)));
        List<Long> inWindow = new ArrayList<>();
        window.get("items").forEach(item -> inWindow.add(item.get("id").asLong()));
        assertThat(inWindow).containsExactly(ids.get(3), ids.get(2), ids.get(1));
        assertThat(window.get("next").isNull()).isTrue();
    }

    @Test
    void badParametersAreProblemsNeverServerErrors() {
        assertProblem(web.get("/api/v1/articles?limit=0"), 400, "bad-request");
        assertProblem(web.get("/api/v1/articles?limit=abc"), 400, "bad-request");
        assertProblem(web.get("/api/v1/articles?cursor=nonsense"), 400, "bad-request");
        assertProblem(web.get("/api/v1/articles?since=yesterday"), 400, "bad-request");
        assertProblem(web.get("/api/v1/articles?section=a&tag=b"), 400, "bad-request");
        assertProblem(web.get("/api/v1/articles?section=no-such-section-" + System.nanoTime()), 404, "not-found");
    }

    @Test
    void sectionsTagsAndAuthorsAreListed() {
        String section = unique("قسم-الفهرس");
        String tag = unique("وسم-الفهرس");
        articles.create(article("للفهرس").in(section).tagged(tag).by("كاتب الفهرس").build());

        assertThat(web.get("/api/v1/sections").body()).contains(section);
        List<String> tags = new ArrayList<>();
        String next = "/api/v1/tags?limit=1";
        while (next != null) {
            JsonNode page = json(web.get(next));
            page.get("items").forEach(t -> tags.add(t.get("name").asString()));
            next = page.get("next").isNull() ? null : page.get("next").asString();
        }
        assertThat(tags).contains(tag).doesNotHaveDuplicates();
        assertThat(web.get("/api/v1/authors").body()).contains("كاتب الفهرس");
    }

    // ---- writes ---------------------------------------------------------------------------------

    @Test
    void aTokenCreatesADraftUpdatesItPublishesAndUnpublishesIt() {
        String token = token(Role.EDITOR, Scope.values());

        HttpResponse<String> created = send("POST", "/api/v1/articles", token,
                "{\"title\":\"من الواجهة\",\"body\":\"<p>نص</p><script>x()</script>\",\"sections\":[\"" + unique("قسم")
                        + "\"],\"tags\":[\"أخبار\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = json(created);
        long id = draft.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/articles/" + id);
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("body").asString()).doesNotContain("script");
        assertThat(draft.get("author").get("name").asString()).isEqualTo(editor.displayName());

        JsonNode updated = json(send("PUT", "/api/v1/articles/" + id, token,
                "{\"title\":\"عنوان جديد\",\"body\":\"<p>نص آخر</p>\",\"version\":" + draft.get("version").asInt() + "}"));
        assertThat(updated.get("title").asString()).isEqualTo("عنوان جديد");

        JsonNode published = json(send("POST", "/api/v1/articles/" + id + "/publish", token,
                "{\"version\":" + updated.get("version").asInt() + "}"));
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(web.get("/api/v1/articles/" + id).statusCode()).isEqualTo(200);

        JsonNode unpublished = json(send("POST", "/api/v1/articles/" + id + "/unpublish", token,
                "{\"version\":" + published.get("version").asInt() + "}"));
        assertThat(unpublished.get("status").asString()).isEqualTo("unpublished");
        assertThat(revisions.findByArticle(id)).extracting(r -> r.savedBy()).containsOnly(editor.id());
    }

    @Test
    void aStaleVersionIsRefusedWith409AndWritesNothing() {
        String token = token(Role.EDITOR, Scope.ARTICLES_CREATE, Scope.ARTICLES_UPDATE, Scope.ARTICLES_PUBLISH);
        JsonNode draft = json(send("POST", "/api/v1/articles", token, "{\"title\":\"أول\",\"body\":\"<p>أ</p>\"}"));
        long id = draft.get("id").asLong();
        int version = draft.get("version").asInt();
        send("PUT", "/api/v1/articles/" + id, token, "{\"title\":\"ثانٍ\",\"body\":\"<p>ب</p>\",\"version\":" + version + "}");

        assertProblem(send("PUT", "/api/v1/articles/" + id, token,
                "{\"title\":\"متأخر\",\"body\":\"<p>ج</p>\",\"version\":" + version + "}"), 409, "conflict");
        assertProblem(send("POST", "/api/v1/articles/" + id + "/publish", token, "{\"version\":" + version + "}"),
                409, "conflict");
        assertThat(repository.findById(id).orElseThrow().title()).isEqualTo("ثانٍ");
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void badInputIsAProblemListingEveryField() {
        String token = token(Role.EDITOR, Scope.ARTICLES_CREATE);

        HttpResponse<String> invalid = send("POST", "/api/v1/articles", token,
                "{\"title\":\"" + "ع".repeat(301) + "\",\"body\":\"\"}");
        assertProblem(invalid, 400, "bad-request");
        List<String> fields = new ArrayList<>();
        json(invalid).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("title", "body");

        HttpResponse<String> typo = send("POST", "/api/v1/articles", token, "{\"titel\":\"ع\",\"body\":\"<p>ن</p>\"}");
        assertProblem(typo, 400, "bad-request");
        assertThat(json(typo).get("errors").get(0).get("field").asString()).isEqualTo("titel");

        assertProblem(send("POST", "/api/v1/articles", token, "{not json"), 400, "bad-request");
        assertProblem(send("POST", "/api/v1/articles", token, "{\"title\":[1],\"body\":\"<p>ن</p>\"}"), 400, "bad-request");
        assertProblem(send("PUT", "/api/v1/articles/1", token, "{\"title\":\"ع\",\"body\":\"<p>ن</p>\"}"), 403, "forbidden");
    }

    @Test
    void tokensAreCheckedAndScopesAndTheAccountsRoleBothLimitWhatTheyDo() {
        String readOnly = token(Role.EDITOR);
        String contributor = token(Role.CONTRIBUTOR, Scope.values());
        String body = "{\"title\":\"ت\",\"body\":\"<p>ن</p>\"}";

        assertProblem(send("POST", "/api/v1/articles", null, body), 401, "unauthorized");
        HttpResponse<String> wrong = send("POST", "/api/v1/articles", "akh_not-a-real-token", body);
        assertProblem(wrong, 401, "unauthorized");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertProblem(send("POST", "/api/v1/articles", readOnly, body), 403, "forbidden");

        JsonNode draft = json(send("POST", "/api/v1/articles", contributor, body));
        assertProblem(send("POST", "/api/v1/articles/" + draft.get("id").asLong() + "/publish", contributor,
                "{\"version\":" + draft.get("version").asInt() + "}"), 403, "forbidden");
    }

    @Test
    void aRevokedTokenOpensNothingFromTheNextRequestOn() {
        String token = token(Role.EDITOR, Scope.ARTICLES_CREATE);
        String body = "{\"title\":\"ت\",\"body\":\"<p>ن</p>\"}";
        assertThat(send("POST", "/api/v1/articles", token, body).statusCode()).isEqualTo(201);
        long id = tokens.findAll().stream().filter(t -> token.startsWith(t.prefix())).findFirst().orElseThrow().id();

        tokens.revoke(id);

        assertProblem(send("POST", "/api/v1/articles", token, body), 401, "unauthorized");
    }

    @Test
    void aTokenSeesItsOwnDraftWhileTheDraftStaysHiddenFromEveryoneElse() {
        String token = token(Role.EDITOR, Scope.ARTICLES_CREATE);
        long id = json(send("POST", "/api/v1/articles", token, "{\"title\":\"خاص\",\"body\":\"<p>ن</p>\"}")).get("id").asLong();

        HttpResponse<String> own = send("GET", "/api/v1/articles/" + id, token, null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
        assertProblem(web.get("/api/v1/articles/" + id), 404, "not-found");
    }
}
