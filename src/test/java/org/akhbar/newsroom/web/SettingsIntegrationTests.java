package org.akhbar.newsroom.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.akhbar.article.ArticleBuilder.unique;
import static org.akhbar.schema.Tables.CHANGE_LOG;
import static org.akhbar.schema.Tables.SITE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleService;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;
import org.akhbar.platform.ChangeLogFollower;
import org.akhbar.site.SiteSettings;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.akhbar.testing.TestAccounts;
import org.akhbar.testing.Web;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's settings page, as readers then see the site: a change shows on the very next
 * page, cached or not, on this node and on the others. The settings are put back after each test,
 * since every database test shares the site.
 */
@DatabaseTest
class SettingsIntegrationTests {

    static final String PASSWORD = TestAccounts.PASSWORD;
    private static final String ARABIC_INDIC_DATE = "[٠-٩]{1,2} \\S.* [٠-٩]{4}";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ChangeLogFollower follower;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleRepository articleRows;

    @Autowired
    SectionRepository sections;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    DSLContext db;

    Web web;
    NewsroomClient admin;
    private SiteSettings before;
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    @BeforeEach
    void signIn() {
        before = settings.current();
        web = new Web(port);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        for (Role role : Role.values()) {
            String username = "settings-" + role.code() + run;
            accounts.create(new NewAccount(username, "إعدادات " + role.code() + " " + run, null, PASSWORD, role));
            usernames.put(role, username);
        }
        admin = as(Role.ADMINISTRATOR);
    }

    @AfterEach
    void putTheSettingsBack() {
        settings.save(before);
    }

    private NewsroomClient as(Role role) {
        NewsroomClient client = new NewsroomClient(port);
        client.login(usernames.get(role), PASSWORD);
        return client;
    }

    private Document page(String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The form as the page shows it now, with these fields changed. */
    private Map<String, String> form(String... changes) {
        SiteSettings now = settings.current();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", now.name());
        form.put("headlineSection", now.headlineSection());
        form.put("months", now.months().name());
        form.put("digits", now.digits().name());
        if (now.hijri()) {
            form.put("hijri", "true");
        }
        for (int i = 0; i < changes.length; i += 2) {
            form.put(changes[i], changes[i + 1]);
        }
        return form;
    }

    @Test
    void anAdministratorsChangesShowOnTheCachedHomePageAtOnce() {
        follower.poll();   // the test data's changes, brought again, would empty the cache later
        page("/");
        assertThat(web.get("/").headers().firstValue("X-Cache")).as("the page cache is on").contains("hit");
        Map<String, String> changed = form("name", "صدى الخليج", "months", "LEVANT", "digits", "ARABIC_INDIC");

        HttpResponse<String> saved = admin.post("/newsroom/settings", changed);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/settings?done");
        HttpResponse<String> response = web.get("/");
        assertThat(response.headers().firstValue("X-Cache")).contains("miss");
        Document home = Jsoup.parse(response.body());
        assertThat(home.selectFirst(".brand").text()).isEqualTo("صدى الخليج");
        assertThat(home.title()).isEqualTo("صدى الخليج");
        assertThat(home.selectFirst(".today").text()).matches("\\S+ " + ARABIC_INDIC_DATE)
                .containsAnyOf("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
        assertThat(admin.get("/newsroom/settings").body()).contains("صدى الخليج");
    }

    @Test
    void articlePagesTakeTheNewDateStylesAndLoseTheHijriDateWhenItIsSwitchedOff() {
        Instant july = Instant.parse("2025-07-15T09:00:00Z");
        long id = articles.create(article("مقال في تموز").publishedAt(july).build());
        String path = articleRows.findById(id).orElseThrow().path();
        Document western = page(path);
        assertThat(western.selectFirst(".story-meta time").text()).isEqualTo("15 يوليو 2025");
        assertThat(western.select(".hijri")).isNotEmpty();

        admin.post("/newsroom/settings", withoutHijri(form("months", "MOROCCO", "digits", "ARABIC_INDIC")));

        Document changed = page(path);
        assertThat(changed.selectFirst(".story-meta time").text()).isEqualTo("١٥ يوليوز ٢٠٢٥");
        assertThat(changed.select(".hijri")).isEmpty();
    }

    private static Map<String, String> withoutHijri(Map<String, String> form) {
        form.remove("hijri");
        return form;
    }

    @Test
    void theHomePageLeadsWithTheChosenHeadlineSection() {
        String section = unique("ملف");
        articles.create(article("قصة الملف الأولى").in(section).publishedAt(Instant.now().minusSeconds(60)).build());
        String slug = sections.findByName(section).orElseThrow().slug();
        page("/");

        admin.post("/newsroom/settings", form("headlineSection", slug));

        assertThat(page("/").select(".headlines .card-title").eachText()).containsExactly("قصة الملف الأولى");
        admin.post("/newsroom/settings", form("headlineSection", ""));
        assertThat(page("/").select(".headlines")).isEmpty();
    }

    @Test
    void badInputIsA400InArabicWithTheFormKeptAndNothingSaved() {
        SiteSettings unchanged = settings.current();

        HttpResponse<String> response = admin.post("/newsroom/settings",
                form("name", "اسم لن يُحفظ", "months", "PERSIAN", "headlineSection", "لا-يوجد-قسم-كهذا"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".form-problems li").eachText()).containsExactly(
                "اختر قسماً موجوداً من القائمة، أو «بلا قسم رئيسي».",
                "اختر أسلوباً لأسماء الأشهر من القائمة.");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("اسم لن يُحفظ");
        assertThat(page.selectFirst("input[name=digits][checked]").val()).isEqualTo(unchanged.digits().name());
        assertThat(settings.current()).isEqualTo(unchanged);
        assertThat(page("/").selectFirst(".brand").text()).isEqualTo(unchanged.name());

        HttpResponse<String> blank = admin.post("/newsroom/settings", form("name", "   "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.body()).select(".form-problems li").eachText())
                .containsExactly("اسم الموقع مطلوب، وبحد أقصى 100 حرف.");
        assertThat(admin.post("/newsroom/settings", form("name", "ا".repeat(101))).statusCode()).isEqualTo(400);
        assertThat(settings.current()).isEqualTo(unchanged);
    }

    @Test
    void feedContentAndThePublishersLogoAreSavedAndAWrongLogoIsRefused() {
        SiteSettings before = settings.current();
        try {
            HttpResponse<String> saved = admin.post("/newsroom/settings",
                    form("feedFullContent", "true", "publisherLogo", " /assets/logo.png "));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(settings.current().feedFullContent()).isTrue();
            assertThat(settings.current().publisherLogo()).isEqualTo("/assets/logo.png");
            Document page = Jsoup.parse(admin.get("/newsroom/settings").body());
            assertThat(page.selectFirst("input[name=feedFullContent]").hasAttr("checked")).isTrue();
            assertThat(page.selectFirst("input[name=publisherLogo]").val()).isEqualTo("/assets/logo.png");
            assertThat(web.get("/rss.xml").body()).contains("<image><url>http://localhost:8080/assets/logo.png</url>");

            for (String wrong : new String[] {"javascript:alert(1)", "//elsewhere.example/x.png", "logo.png",
                    "https://a.example/\"><script>", "https://a.example/" + "x".repeat(500)}) {
                HttpResponse<String> refused = admin.post("/newsroom/settings", form("publisherLogo", wrong));
                assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
                assertThat(Jsoup.parse(refused.body()).select(".form-problems li").eachText())
                        .containsExactly("الشعار رابط يبدأ بـ http:// أو https://، أو مسار على الموقع يبدأ بـ /، وبحد أقصى 500 حرف.");
            }
            assertThat(settings.current().publisherLogo()).isEqualTo("/assets/logo.png");
        } finally {
            settings.save(before);
        }
    }

    @Test
    void onlyAdministratorsReachTheSettingsAndOnlyEditorsAndAboveTheSections() {
        NewsroomClient editor = as(Role.EDITOR);
        assertThat(editor.get("/newsroom/settings").statusCode()).isEqualTo(403);
        assertThat(editor.post("/newsroom/settings", form("name", "محرر")).statusCode()).isEqualTo(403);
        assertThat(editor.get("/newsroom/sections").statusCode()).isEqualTo(200);
        for (Role role : new Role[] {Role.AUTHOR, Role.CONTRIBUTOR}) {
            NewsroomClient client = as(role);
            assertThat(client.get("/newsroom/settings").statusCode()).as(role.code()).isEqualTo(403);
            assertThat(client.get("/newsroom/sections").statusCode()).as(role.code()).isEqualTo(403);
            assertThat(client.post("/newsroom/sections", Map.of("name", unique("قسم"))).statusCode())
                    .as(role.code()).isEqualTo(403);
        }
        assertThat(settings.current().name()).isNotEqualTo("محرر");
    }

    @Test
    void theNewsroomMenuOffersEachPageOnlyToThoseWhoMayUseIt() {
        assertThat(navLinks(admin)).contains("/newsroom/settings", "/newsroom/sections", "/newsroom/users");
        assertThat(navLinks(as(Role.EDITOR))).contains("/newsroom/sections").doesNotContain("/newsroom/settings");
        assertThat(navLinks(as(Role.AUTHOR))).doesNotContain("/newsroom/sections", "/newsroom/settings");
    }

    private static List<String> navLinks(NewsroomClient client) {
        return Jsoup.parse(client.get("/newsroom/articles").body()).select(".newsroom-nav a").eachAttr("href");
    }

    @Test
    void theSettingsPageShowsEachMonthStyleWithAnExample() {
        Document page = Jsoup.parse(admin.get("/newsroom/settings").body());
        assertThat(page.select("input[name=months]").eachAttr("value"))
                .containsExactly("MASHRIQ", "LEVANT", "MOROCCO", "ALGERIA_TUNISIA", "LEVANT_AND_MASHRIQ");
        assertThat(page.select("fieldset.choices .example").eachText())
                .anyMatch(e -> e.contains("يوليو")).anyMatch(e -> e.contains("تموز"))
                .anyMatch(e -> e.contains("جويلية")).anyMatch(e -> e.contains("٢٣"));
    }

    @Test
    void aChangeSavedByAnotherNodeReachesThisOneThroughTheChangeLog() {
        page("/");
        // what another node's save leaves behind: the rows and a change, but no event on this node
        Instant now = Instant.now();
        db.insertInto(SITE_SETTING).set(SITE_SETTING.NAME, "name").set(SITE_SETTING.VALUE, "أخبار العقدة الأخرى")
                .set(SITE_SETTING.UPDATED_AT, now)
                .onConflict(SITE_SETTING.NAME).doUpdate().set(SITE_SETTING.VALUE, "أخبار العقدة الأخرى")
                .execute();
        db.insertInto(CHANGE_LOG).set(CHANGE_LOG.ENTITY, "setting").set(CHANGE_LOG.ENTITY_ID, 0L)
                .set(CHANGE_LOG.ACTION, "updated").set(CHANGE_LOG.CHANGED_AT, now).execute();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(page("/").selectFirst(".brand").text()).isEqualTo("أخبار العقدة الأخرى"));
    }
}
