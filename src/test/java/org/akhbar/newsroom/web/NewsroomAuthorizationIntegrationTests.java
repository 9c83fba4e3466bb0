package org.akhbar.newsroom.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.akhbar.article.ArticleInput;
import org.akhbar.article.ArticleWorkflow;
import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.article.RevisionRepository;
import org.akhbar.comment.CommentRepository;
import org.akhbar.comment.CommentService;
import org.akhbar.comment.CommentStatus;
import org.akhbar.comment.ImportedComment;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;
import org.akhbar.people.Staff;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix: every newsroom endpoint that reads or writes, as every role and as
 * nobody, against articles of one's own and of someone else. Whatever a role may not do is
 * refused (403, 401 for scripts, or a redirect to the login page) and changes nothing; whatever it
 * may do goes through.
 */
@DatabaseTest
class NewsroomAuthorizationIntegrationTests {

    static final String PASSWORD = TestAccounts.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    RevisionRepository revisions;

    @Autowired
    CommentService commentService;

    @Autowired
    CommentRepository comments;

    private final Map<Role, Account> staff = new EnumMap<>(Role.class);
    private Account stranger;

    @BeforeEach
    void accounts() {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        for (Role role : Role.values()) {
            staff.put(role, accounts.create(new NewAccount(role.code() + run, "موظف " + role.code() + " " + run, null,
                    PASSWORD, role)));
        }
        stranger = accounts.create(new NewAccount("stranger" + run, "محرر آخر " + run, null, PASSWORD, Role.EDITOR));
    }

    /** What a request is aimed at, made fresh for each request so no row depends on another. */
    enum Target { NONE, OWN_DRAFT, OTHERS_DRAFT, OWN_PUBLISHED, OTHERS_PUBLISHED, ACCOUNT, COMMENT }

    record Row(String method, String path, Target target, Map<String, String> form, Set<Role> allowed) {
    }

    private static final Set<Role> STAFF = Set.of(Role.values());
    private static final Set<Role> AUTHORS = Set.of(Role.AUTHOR, Role.EDITOR, Role.ADMINISTRATOR);
    private static final Set<Role> EDITORS = Set.of(Role.EDITOR, Role.ADMINISTRATOR);
    private static final Set<Role> ADMINS = Set.of(Role.ADMINISTRATOR);

    private static final Map<String, String> SAVE = Map.of("title", "عنوان", "body", "<p>نص</p>", "version", "1");

    private static List<Row> rows() {
        return List.of(
                new Row("GET", "/newsroom/articles", Target.NONE, Map.of(), STAFF),
                new Row("GET", "/newsroom/articles/new", Target.NONE, Map.of(), STAFF),
                new Row("GET", "/newsroom/articles.json?q=a", Target.NONE, Map.of(), STAFF),
                new Row("GET", "/newsroom/tags.json?q=a", Target.NONE, Map.of(), STAFF),
                new Row("POST", "/newsroom/articles", Target.NONE, Map.of("title", "جديد", "body", "<p>نص</p>"), STAFF),
                new Row("POST", "/newsroom/articles/autosave", Target.NONE, Map.of("title", "جديد", "body", "<p>نص</p>"), STAFF),
                new Row("GET", "/newsroom/articles/{id}", Target.OWN_DRAFT, Map.of(), STAFF),
                new Row("GET", "/newsroom/articles/{id}", Target.OTHERS_DRAFT, Map.of(), EDITORS),
                new Row("POST", "/newsroom/articles/{id}", Target.OWN_DRAFT, SAVE, STAFF),
                new Row("POST", "/newsroom/articles/{id}", Target.OTHERS_DRAFT, SAVE, EDITORS),
                new Row("POST", "/newsroom/articles/{id}/autosave", Target.OTHERS_DRAFT, SAVE, EDITORS),
                new Row("POST", "/newsroom/articles/{id}", Target.OWN_DRAFT, with(SAVE, "action", "submit"), STAFF),
                new Row("POST", "/newsroom/articles/{id}", Target.OWN_DRAFT, with(SAVE, "action", "publish"), AUTHORS),
                new Row("POST", "/newsroom/articles/{id}", Target.OTHERS_DRAFT, with(SAVE, "action", "publish"), EDITORS),
                new Row("POST", "/newsroom/articles/{id}", Target.OWN_PUBLISHED, with(SAVE, "action", "unpublish"), AUTHORS),
                new Row("POST", "/newsroom/articles/{id}", Target.OTHERS_PUBLISHED, with(SAVE, "action", "unpublish"), EDITORS),
                new Row("POST", "/newsroom/articles/{id}/notes", Target.OWN_PUBLISHED,
                        Map.of("kind", "correction", "body", "صُحّح الاسم"), AUTHORS),
                new Row("POST", "/newsroom/articles/{id}/notes", Target.OTHERS_PUBLISHED,
                        Map.of("kind", "update", "body", "تحديث"), EDITORS),
                new Row("GET", "/newsroom/articles/{id}/revisions", Target.OWN_DRAFT, Map.of(), STAFF),
                new Row("GET", "/newsroom/articles/{id}/revisions", Target.OTHERS_DRAFT, Map.of(), EDITORS),
                new Row("GET", "/newsroom/articles/{id}/revisions/{revision}", Target.OTHERS_DRAFT, Map.of(), EDITORS),
                new Row("POST", "/newsroom/articles/{id}/revisions/{revision}/restore", Target.OTHERS_DRAFT,
                        Map.of("version", "1"), EDITORS),
                new Row("POST", "/newsroom/articles/{id}/preview", Target.OWN_DRAFT, Map.of(), STAFF),
                new Row("POST", "/newsroom/articles/{id}/preview", Target.OTHERS_DRAFT, Map.of(), EDITORS),
                new Row("GET", "/newsroom/media.json", Target.NONE, Map.of(), STAFF),
                new Row("GET", "/newsroom/comments", Target.NONE, Map.of(), EDITORS),
                new Row("GET", "/newsroom/comments?status=spam", Target.NONE, Map.of(), EDITORS),
                new Row("POST", "/newsroom/comments", Target.COMMENT, Map.of("ids", "{comment}", "action", "approve"), EDITORS),
                new Row("GET", "/newsroom/comments/{comment}", Target.COMMENT, Map.of(), EDITORS),
                new Row("POST", "/newsroom/comments/{comment}", Target.COMMENT, Map.of("text", "نص معدّل"), EDITORS),
                new Row("GET", "/newsroom/comments/erase", Target.NONE, Map.of(), EDITORS),
                new Row("POST", "/newsroom/comments/erase", Target.COMMENT,
                        Map.of("email", "erase-{run}@example.com", "confirm", "true"), EDITORS),
                new Row("GET", "/newsroom/users", Target.NONE, Map.of(), ADMINS),
                new Row("POST", "/newsroom/users", Target.NONE, Map.of("username", "new-{run}", "displayName",
                        "حساب {run}", "password", PASSWORD, "role", "contributor"), ADMINS),
                new Row("POST", "/newsroom/users/{account}", Target.ACCOUNT, Map.of("role", "administrator"), ADMINS),
                new Row("GET", "/newsroom/api-tokens", Target.NONE, Map.of(), ADMINS),
                new Row("POST", "/newsroom/api-tokens", Target.NONE, Map.of("name", "مفتاح {run}", "scopes",
                        "articles:create"), ADMINS),
                new Row("POST", "/newsroom/api-tokens/999999999/revoke", Target.NONE, Map.of(), ADMINS),
                new Row("GET", "/newsroom/webhooks", Target.NONE, Map.of(), ADMINS),
                new Row("POST", "/newsroom/webhooks", Target.NONE, Map.of("url", "http://127.0.0.1:9/{run}", "events",
                        "article.published", "allowPrivate", "on"), ADMINS),
                new Row("POST", "/newsroom/webhooks/999999999/enabled", Target.NONE, Map.of("enabled", "false"), ADMINS));
    }

    @Test
    void everyRoleMayDoWhatItsRoleAllowsAndNothingElse() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            NewsroomClient client = new NewsroomClient(port);
            assertThat(client.login(staff.get(role).username(), PASSWORD).headers().firstValue("Location").orElse(""))
                    .endsWith("/newsroom/articles");
            for (Row row : rows()) {
                check(client, staff.get(role).staff(), row, row.allowed().contains(role), role.code(), wrong);
            }
        }
        NewsroomClient anonymous = new NewsroomClient(port);
        anonymous.get("/newsroom/login");   // a session and a token, so what is tested is authorization
        for (Row row : rows()) {
            check(anonymous, staff.get(Role.CONTRIBUTOR).staff(), row, false, "anonymous", wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedEvenForAnAdministrator() {
        NewsroomClient client = new NewsroomClient(port);
        client.login(staff.get(Role.ADMINISTRATOR).username(), PASSWORD);
        HttpResponse<String> response = client.postWithoutToken("/newsroom/articles",
                Map.of("title", "مزور", "body", "<p>نص</p>"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void scriptsThatLostTheirSessionAreTold401NotSentToTheLoginPage() {
        NewsroomClient anonymous = new NewsroomClient(port);
        anonymous.get("/newsroom/login");
        assertThat(anonymous.postFromScript("/newsroom/articles/autosave", Map.of("title", "ت")).statusCode())
                .isEqualTo(401);
    }

    private void check(NewsroomClient client, Staff owner, Row row, boolean allowed, String who, List<String> wrong) {
        long articleId = switch (row.target()) {
            case OWN_DRAFT -> draftBy(owner);
            case OTHERS_DRAFT -> draftBy(stranger.staff());
            case OWN_PUBLISHED -> published(draftBy(owner));
            case OTHERS_PUBLISHED -> published(draftBy(stranger.staff()));
            default -> 0;
        };
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        long commentId = row.target() == Target.COMMENT ? comment(published(draftBy(stranger.staff())), run) : 0;
        Function<String, String> fill = text -> text.replace("{id}", Long.toString(articleId))
                .replace("{comment}", Long.toString(commentId))
                .replace("{account}", Long.toString(stranger.id()))
                .replace("{run}", run)
                .replace("{revision}", articleId == 0 ? "0"
                        : Long.toString(revisions.findByArticle(articleId).getLast().id()));
        String path = fill.apply(row.path());
        Map<String, String> form = new java.util.LinkedHashMap<>();
        row.form().forEach((k, v) -> form.put(k, fill.apply(v)));
        if (form.containsKey("version") && articleId != 0) {
            form.put("version", Integer.toString(revisions.findByArticle(articleId).getFirst().version()));
        }
        HttpResponse<String> response = row.method().equals("GET") ? client.get(path) : client.post(path, form);
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean refused = status == 403 || status == 401 || (status == 302 && location.contains("/newsroom/login"));
        boolean done = !refused && status < 400;
        if (!allowed && commentId != 0 && !comments.findById(commentId).map(c -> c.status() == CommentStatus.PENDING
                && c.body().equals("تعليق بانتظار المراجعة")).orElse(false)) {
            wrong.add(who + " " + row.method() + " " + row.path() + " changed the comment although refused");
        }
        if (allowed != done) {
            wrong.add(who + " " + row.method() + " " + row.path() + " (" + row.target() + "): " + status + " " + location
                    + (allowed ? " should be allowed" : " should be refused"));
        }
    }

    /** A pending comment on a published article, with an email the erasure row names. */
    private long comment(long articleId, String run) {
        return commentService.store(new ImportedComment(articleId, null, CommentStatus.PENDING, "قارئ",
                "erase-" + run + "@example.com", "تعليق بانتظار المراجعة", Instant.now(), null));
    }

    private long draftBy(Staff owner) {
        ArticleInput input = article("مقال للاختبار").in("قسم الصلاحيات").build();
        return workflow.save(null, input, null, Action.SAVE, false, owner).id();
    }

    private long published(long id) {
        int version = revisions.findByArticle(id).getFirst().version();
        workflow.transition(id, Action.PUBLISH, null, version, stranger.staff());
        return id;
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(form);
        copy.put(key, value);
        return copy;
    }
}
