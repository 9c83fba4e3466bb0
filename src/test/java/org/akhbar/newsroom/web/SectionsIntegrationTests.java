package org.akhbar.newsroom.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.akhbar.article.ArticleService;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;
import org.akhbar.platform.ChangeLogFollower;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sections page as an editor uses it, and the reader's header menu that follows it at once,
 * cached pages included: hidden sections leave the menu but keep their pages, the order is the
 * editor's, a renamed section keeps its address.
 */
@DatabaseTest
class SectionsIntegrationTests {

    static final String PASSWORD = TestAccounts.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ChangeLogFollower follower;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionRepository sections;

    Web web;
    NewsroomClient editor;

    @BeforeEach
    void signIn() {
        web = new Web(port);
        String username = "sections-editor" + System.nanoTime() % 1_000_000_000L;
        accounts.create(new NewAccount(username, "محرر الأقسام " + username, null, PASSWORD, Role.EDITOR));
        editor = new NewsroomClient(port);
        editor.login(username, PASSWORD);
    }

    /** A new section with one published article, so the reader site has something in it. */
    private Section section(String prefix) {
        String name = unique(prefix);
        articles.create(article("مقال في " + name).in(name).publishedAt(Instant.now().minusSeconds(600)).build());
        return sections.findByName(name).orElseThrow();
    }

    private List<String> menu() {
        HttpResponse<String> home = web.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        return Jsoup.parse(home.body()).select("nav.sections-menu a").eachText();
    }

    /**
     * Has the home page cached, so that what follows must get past a cached copy. The change log's
     * follower brings the test data's changes again, which empties the cache: it does so first.
     */
    private void cacheTheHomePage() {
        follower.poll();
        web.get("/");
        assertThat(web.get("/").headers().firstValue("X-Cache")).contains("hit");
    }

    private HttpResponse<String> save(Section section, String name, boolean inMenu) {
        return editor.post("/newsroom/sections/" + section.id(),
                inMenu ? Map.of("name", name, "inMenu", "true") : Map.of("name", name));
    }

    private HttpResponse<String> move(Section section, String direction) {
        return editor.post("/newsroom/sections/" + section.id() + "/move", Map.of("direction", direction));
    }

    @Test
    void aHiddenSectionLeavesTheMenuButKeepsItsPage() {
        Section hidden = section("قسم مخفي");
        cacheTheHomePage();
        assertThat(menu()).contains(hidden.name());

        HttpResponse<String> response = save(hidden, hidden.name(), false);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/sections?done");
        assertThat(menu()).doesNotContain(hidden.name());
        HttpResponse<String> page = web.get(hidden.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("#listing .card-title").eachText())
                .containsExactly("مقال في " + hidden.name());
        Document newsroom = Jsoup.parse(editor.get("/newsroom/sections").body());
        assertThat(newsroom.selectFirst("#name-" + hidden.id()).val()).isEqualTo(hidden.name());
        assertThat(newsroom.selectFirst("form[action$=/sections/" + hidden.id() + "] input[name=inMenu]")
                .hasAttr("checked")).isFalse();

        save(hidden, hidden.name(), true);
        assertThat(menu()).contains(hidden.name());
    }

    @Test
    void movingASectionUpAndDownChangesTheMenuOrder() {
        Section first = section("الأول");
        Section second = section("الثاني");
        cacheTheHomePage();
        assertThat(menu()).containsSubsequence(first.name(), second.name());

        assertThat(move(second, "up").statusCode()).isEqualTo(302);

        assertThat(menu()).containsSubsequence(second.name(), first.name());
        move(second, "down");
        assertThat(menu()).containsSubsequence(first.name(), second.name());
        List<String> newsroomOrder = Jsoup.parse(editor.get("/newsroom/sections").body())
                .select("input[id^=name-]").eachAttr("value");
        assertThat(newsroomOrder).containsSubsequence(first.name(), second.name());
    }

    @Test
    void theLastSectionCannotGoFurtherDownNorTheFirstFurtherUp() {
        section("قسم للترتيب");
        List<Section> before = sections.findAll();
        move(before.getLast(), "down");
        move(before.getFirst(), "up");
        assertThat(sections.findAll().stream().map(Section::id).toList())
                .isEqualTo(before.stream().map(Section::id).toList());
        Document page = Jsoup.parse(editor.get("/newsroom/sections").body());
        assertThat(page.select("button[value=up]").first().hasAttr("disabled")).isTrue();
        assertThat(page.select("button[value=down]").last().hasAttr("disabled")).isTrue();
    }

    @Test
    void aRenamedSectionKeepsItsAddress() {
        Section section = section("اسم قديم");
        cacheTheHomePage();
        String renamed = unique("اسم جديد");

        assertThat(save(section, "  " + renamed + "  ", true).statusCode()).isEqualTo(302);

        Section after = sections.findById(section.id()).orElseThrow();
        assertThat(after.name()).isEqualTo(renamed);
        assertThat(after.slug()).isEqualTo(section.slug());
        assertThat(menu()).contains(renamed).doesNotContain(section.name());
        HttpResponse<String> page = web.get(section.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo(renamed);
    }

    @Test
    void anEditorCreatesASectionAtTheEndOfTheMenu() {
        cacheTheHomePage();
        String name = unique("قسم جديد");

        HttpResponse<String> response = editor.post("/newsroom/sections", Map.of("name", name));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(menu()).endsWith(name);
        assertThat(web.get(sections.findByName(name).orElseThrow().path()).statusCode()).isEqualTo(200);
    }

    @Test
    void aBlankOrTakenNameIsA400InArabicAndChangesNothing() {
        Section section = section("قسم قائم");
        Section other = section("قسم آخر");

        HttpResponse<String> blank = editor.post("/newsroom/sections", Map.of("name", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.body()).select(".form-problems li").eachText())
                .containsExactly("اسم القسم مطلوب، وبحد أقصى 100 حرف.");

        HttpResponse<String> taken = editor.post("/newsroom/sections", Map.of("name", section.name()));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(taken.body()).selectFirst("#new-name").val()).isEqualTo(section.name());

        HttpResponse<String> renamed = save(other, section.name(), false);
        assertThat(renamed.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(renamed.body());
        assertThat(page.select(".form-problems li").eachText()).containsExactly("يوجد قسم آخر بهذا الاسم.");
        assertThat(page.selectFirst("#name-" + other.id()).val()).isEqualTo(section.name());
        assertThat(page.selectFirst("#name-" + other.id()).attr("aria-invalid")).isEqualTo("true");
        assertThat(sections.findById(other.id()).orElseThrow()).isEqualTo(other);
        assertThat(menu()).contains(other.name());
    }

    @Test
    void aWrongDirectionIsA400AndAnUnknownSectionA404() {
        Section section = section("قسم");
        assertThat(move(section, "sideways").statusCode()).isEqualTo(400);
        assertThat(editor.post("/newsroom/sections/999999999/move", Map.of("direction", "up")).statusCode())
                .isEqualTo(404);
        assertThat(editor.post("/newsroom/sections/999999999", Map.of("name", "اسم")).statusCode()).isEqualTo(404);
    }
}
