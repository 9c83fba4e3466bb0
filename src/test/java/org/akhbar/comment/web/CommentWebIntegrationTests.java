package org.akhbar.comment.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.comment.CommentRepository;
import org.akhbar.comment.CommentRepository.QueueFilter;
import org.akhbar.comment.CommentService;
import org.akhbar.comment.CommentStatus;
import org.akhbar.comment.FormTokens;
import org.akhbar.comment.Moderation;
import org.akhbar.comment.TestTokens;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Comments over HTTP as a reader's browser sends them, with and without JavaScript: post, redirect,
 * get; refusals explained in Arabic with the text kept; approved comments on the (cached) article
 * page; hostile input in every field shown as inert text to readers and to moderators. Every post
 * here comes from 127.0.0.1, so the address limit is raised for this class; the email limit is not.
 */
@DatabaseTest
@TestPropertySource(properties = {"akhbar.comments.address-limit=100000", "akhbar.comments.min-time=1s"})
class CommentWebIntegrationTests {

    private static final AtomicLong RUN = new AtomicLong(System.nanoTime() % 1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleRepository articleRows;

    @Autowired
    CommentService comments;

    @Autowired
    CommentRepository repository;

    @Autowired
    FormTokens tokens;

    @Autowired
    AccountService accounts;

    Web web;
    long story;
    String path;

    @BeforeEach
    void story() {
        web = new Web(port);
        story = articles.create(article(unique("خبر للتعليقات")).build());
        path = articleRows.findById(story).orElseThrow().path();
    }

    private static String email() {
        return "web" + RUN.incrementAndGet() + "@example.com";
    }

    private Map<String, String> form(String name, String email, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("text", text);
        form.put("parent", "");
        form.put("token", TestTokens.shownAMinuteAgo(tokens));
        form.put("website", "");
        return form;
    }

    private HttpResponse<String> post(String action, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return web.send(request.build());
    }

    private String action() {
        return "/article/" + story + "/comments";
    }

    private Document articlePage() {
        HttpResponse<String> page = web.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    @Test
    void withoutJavaScriptTheFormPostsRedirectsAndSaysItAwaitsModeration() throws InterruptedException {
        Document page = articlePage();
        Element form = page.selectFirst("#comments form.comment-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(action());
        assertThat(form.selectFirst(".comment-trap").hasAttr("hidden")).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name], textarea[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        assertThat(fields.keySet()).contains("name", "email", "text", "token", "parent", "website");
        fields.put("name", "ليلى");
        fields.put("email", email());
        fields.put("text", "تعليق من متصفح بلا جافاسكربت");
        Thread.sleep(1100);   // the minimum time, counted from the page's own token

        HttpResponse<String> sent = post(form.attr("action"), fields);
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(path + "?comment=pending#comments");
        Document after = Jsoup.parse(web.get(location.substring(location.indexOf(path)).replace("#comments", "")).body());
        assertThat(after.selectFirst(".comments-notice").text()).contains("سيظهر بعد أن يراجعه المحررون");
        assertThat(after.select(".comment")).as("awaiting moderation").isEmpty();
        assertThat(repository.queue(new QueueFilter(CommentStatus.PENDING, story, null), null, 10).items())
                .extracting(c -> c.body()).containsExactly("تعليق من متصفح بلا جافاسكربت");
    }

    @Test
    void refusalsAreExplainedInArabicAndTheTextStaysInTheForm() {
        String longText = "كلام طويل جداً ".repeat(400);
        HttpResponse<String> tooLong = post(action(), form("ليلى", email(), longText));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(tooLong.body());
        assertThat(page.selectFirst(".comment-problems").text()).contains("التعليق أطول من المسموح");
        assertThat(page.selectFirst("textarea[name=text]").text()).isEqualTo(longText.strip());
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("ليلى");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");

        HttpResponse<String> empty = post(action(), form("ليلى", email(), "   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.body()).selectFirst(".comment-problems").text()).contains("التعليق فارغ");

        Map<String, String> quick = form("ليلى", email(), "أسرع من اللازم");
        quick.put("token", tokens.issue());
        HttpResponse<String> tooFast = post(action(), quick);
        assertThat(tooFast.statusCode()).isEqualTo(400);
        Document fast = Jsoup.parse(tooFast.body());
        assertThat(fast.selectFirst(".comment-problems").text()).contains("انتظر");
        assertThat(fast.selectFirst("textarea[name=text]").text()).isEqualTo("أسرع من اللازم");

        String email = email();
        assertThat(post(action(), form("ليلى", email, "مرة واحدة تكفي")).statusCode()).isEqualTo(303);
        HttpResponse<String> again = post(action(), form("ليلى", email, "مرة واحدة تكفي"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).selectFirst(".comment-problems").text()).contains("أرسلت هذا التعليق من قبل");

        long closed = articles.create(article(unique("خبر مغلق")).commentsOpen(false).build());
        HttpResponse<String> refused = post("/article/" + closed + "/comments", form("ليلى", email(), "هل من مجال؟"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".comment-problems").text()).contains("أُغلق باب التعليق");
        Document closedPage = Jsoup.parse(web.get(articleRows.findById(closed).orElseThrow().path()).body());
        assertThat(closedPage.select("form.comment-form")).isEmpty();
        assertThat(closedPage.selectFirst(".comments-closed").text()).contains("أُغلق باب التعليق");

        assertThat(post("/article/999999999/comments", form("ليلى", email(), "لا مقال")).statusCode()).isEqualTo(404);
    }

    @Test
    void oneEmailFloodingIsAnswered429InArabicWithTheTextKept() {
        String email = email();
        for (int i = 0; i < 5; i++) {
            assertThat(post(action(), form("ليلى", email, "تعليق رقم " + i)).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> flood = post(action(), form("ليلى", email, "السادس لن يمر"));
        assertThat(flood.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(flood.body());
        assertThat(page.selectFirst(".comment-problems").text()).contains("أرسلت تعليقات كثيرة");
        assertThat(page.selectFirst("textarea[name=text]").text()).isEqualTo("السادس لن يمر");
        HttpResponse<String> script = post(action(), form("ليلى", email, "والسابع"), "Accept", "application/json");
        assertThat(script.statusCode()).isEqualTo(429);
        assertThat(script.body()).contains("أرسلت تعليقات كثيرة");
    }

    @Test
    void theScriptIsAnsweredInJsonAndGetsFreshTokens() {
        HttpResponse<String> token = web.get("/comments/token");
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(token.body()).matches("\\{\"token\":\"\\d+\\.[A-Za-z0-9_-]+\"}");

        HttpResponse<String> sent = post(action(), form("ليلى", email(), "من السكربت"), "Accept", "application/json",
                "X-Requested-With", "fetch");
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(sent.body()).contains("\"status\":\"pending\"").contains("سيظهر بعد أن يراجعه المحررون");

        HttpResponse<String> bad = post(action(), form("ليلى", "ليس بريداً", "نص"), "Accept", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"error\":\"invalid\"").contains("بريداً إلكترونياً صحيحاً");
    }

    @Test
    void anApprovedCommentShowsOnTheCachedArticlePageAtOnce() {
        articlePage();
        assertThat(web.get(path).headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(post(action(), form("سامي", email(), "تعليق سيُنشر\nعلى سطرين")).statusCode()).isEqualTo(303);
        assertThat(web.get(path).headers().firstValue("X-Cache")).as("a comment awaiting moderation changes nothing")
                .hasValue("hit");
        long id = repository.queue(new QueueFilter(CommentStatus.PENDING, story, null), null, 1).items().getFirst().id();

        comments.moderate(List.of(id), Moderation.APPROVE);
        Document page = articlePage();
        Element comment = page.selectFirst("#comment-" + id);
        assertThat(comment.selectFirst(".comment-author").text()).isEqualTo("سامي");
        assertThat(comment.selectFirst(".comment-text").attr("dir")).isEqualTo("auto");
        assertThat(comment.selectFirst(".comment-text").select("br")).hasSize(1);
        assertThat(comment.selectFirst(".comment-text").text()).isEqualTo("تعليق سيُنشر على سطرين");
        assertThat(comment.selectFirst("time").attr("datetime")).isNotEmpty();
        assertThat(page.selectFirst("#comments-count").text()).isEqualTo("تعليق واحد");
        assertThat(page.toString()).doesNotContain("web" + RUN.get()).doesNotContain("@example.com");

        // A reply from the comment's own link: the page says whom it answers and posts the parent.
        Document replying = Jsoup.parse(web.get(path + "?reply=" + id).body());
        assertThat(replying.selectFirst("[data-replying]").text()).contains("سامي");
        assertThat(replying.selectFirst("input[name=parent]").val()).isEqualTo(Long.toString(id));

        comments.moderate(List.of(id), Moderation.TRASH);
        assertThat(articlePage().select("#comment-" + id)).isEmpty();
    }

    @Test
    void theEditorsBoxClosesAndReopensAnArticleToComments() {
        NewsroomClient editor = new NewsroomClient(port);
        editor.login(TestAccounts.create(accounts, Role.EDITOR).username(), TestAccounts.PASSWORD);
        Document form = Jsoup.parse(editor.get("/newsroom/articles/" + story).body());
        assertThat(form.selectFirst("input[name=commentsOpen]").hasAttr("checked")).isTrue();

        var article = articleRows.findById(story).orElseThrow();
        Map<String, String> save = new LinkedHashMap<>(Map.of("title", article.title(), "body", article.bodyHtml(),
                "version", Integer.toString(article.version()), "commentsShown", "true"));
        assertThat(editor.post("/newsroom/articles/" + story, save).statusCode()).isEqualTo(302);
        assertThat(articleRows.findById(story).orElseThrow().commentsOpen()).isFalse();
        assertThat(articlePage().select("form.comment-form")).isEmpty();
        assertThat(post(action(), form("ليلى", email(), "بعد الإغلاق")).statusCode()).isEqualTo(403);

        save.put("version", Integer.toString(articleRows.findById(story).orElseThrow().version()));
        save.put("commentsOpen", "true");
        assertThat(editor.post("/newsroom/articles/" + story, save).statusCode()).isEqualTo(302);
        assertThat(articleRows.findById(story).orElseThrow().commentsOpen()).isTrue();
        assertThat(articlePage().select("form.comment-form")).hasSize(1);
    }

    private static final String[] PAYLOADS = {
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">انقر</a> javascript:alert(1) JaVaScRiPt:alert(1)",
            "&#106;avascript:alert(1) &#x6A;avascript:alert(1) %6A%61vascript:alert(1) java\u0000script:alert(1)",
            "https://ok.example/\"onmouseover=\"alert(1) https://ok.example/<script>"};

    @Test
    void hostileInputInEveryFieldIsInertTextForReadersAndModerators() {
        String name = "<script>alert(1)</script><b onclick=alert(1)>";
        String email = "x\"onmouseover=\"alert(1)" + RUN.incrementAndGet() + "@example.com";
        String text = String.join("\n", PAYLOADS);
        HttpResponse<String> sent = post(action(), form(name, email, text));
        assertThat(sent.statusCode()).isEqualTo(303);
        long id = repository.queue(new QueueFilter(CommentStatus.SPAM, story, null), null, 10).items().stream()
                .findFirst().or(() -> repository.queue(new QueueFilter(CommentStatus.PENDING, story, null), null, 10)
                        .items().stream().findFirst()).orElseThrow().id();
        comments.moderate(List.of(id), Moderation.APPROVE);

        Element comment = articlePage().selectFirst("#comment-" + id);
        assertInert(comment);
        assertThat(comment.selectFirst(".comment-author").text()).isEqualTo(name);
        assertThat(comment.selectFirst(".comment-text").select("br")).hasSize(PAYLOADS.length - 1);
        assertThat(comment.selectFirst(".comment-text").wholeText().replace("\n", ""))
                .isEqualTo(text.replace("\u0000", "").replace("\n", ""));

        NewsroomClient editor = new NewsroomClient(port);
        editor.login(TestAccounts.create(accounts, Role.EDITOR).username(), TestAccounts.PASSWORD);
        Document queue = Jsoup.parse(editor.get("/newsroom/comments?status=approved&article=" + story).body());
        Element row = queue.selectFirst("#comment-" + id);
        assertInert(row);
        assertThat(row.text()).contains(name).contains(email);
        assertThat(row.selectFirst(".comment-body").wholeText()).isEqualTo(text.replace("\u0000", ""));
        Document edit = Jsoup.parse(editor.get("/newsroom/comments/" + id).body());
        assertInert(edit.selectFirst("main"));
        assertThat(edit.selectFirst("textarea[name=text]").val()).isEqualTo(text.replace("\u0000", ""));
    }

    /** No script, frame or styled element, no event attribute, and only http(s) links that carry nofollow ugc. */
    private static void assertInert(Element root) {
        assertThat(root.select("script, img, svg, iframe, style, object, embed")).isEmpty();
        assertThat(root.getAllElements()).allSatisfy(element -> element.attributes()
                .forEach(attribute -> assertThat(attribute.getKey()).doesNotStartWith("on")));
        assertThat(root.select(".comment-text a, .comment-body a")).allSatisfy(link -> {
            assertThat(link.attr("href")).matches("https?://[^\"<>]*");
            assertThat(link.attr("rel")).isEqualTo("nofollow ugc");
        });
    }
}
