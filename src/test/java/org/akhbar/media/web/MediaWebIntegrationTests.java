package org.akhbar.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.akhbar.media.MediaService;
import org.akhbar.media.TestImages;
import org.akhbar.people.AccountService;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class MediaWebIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    MediaService service;

    Web web;
    Session newsroom;

    @BeforeEach
    void signIn() {
        web = new Web(port);
        String username = "photo-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountService.NewAccount(username, "مصور الأخبار", null, "كلمة مرور طويلة جداً", Role.CONTRIBUTOR));
        newsroom = new Session(port);
        newsroom.login(username, "كلمة مرور طويلة جداً");
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUploadedPhotoIsListedAndServedWithItsOwnTypeAndLockedDown() throws IOException {
        byte[] content = TestImages.jpeg(1200, 800);
        String credit = unique("تصوير: ليلى حداد");
        HttpResponse<String> uploaded = newsroom.upload("مؤتمر.jpg", "image/jpeg", content,
                Map.of("alt", "وزير يتحدث", "caption", "المؤتمر الصحفي", "credit", credit));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode item = json(uploaded);
        String url = item.get("url").asString();
        assertThat(url).matches("/media/[0-9a-f]{32}/1200\\.jpg");
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        assertThat(item.get("src").asString()).isEqualTo(base + "1024.jpg");
        assertThat(item.get("thumb").asString()).isEqualTo(base + "320.jpg");
        assertThat(item.get("srcset").asString()).isEqualTo(base + "320.jpg 320w, " + base + "640.jpg 640w, "
                + base + "1024.jpg 1024w, " + url + " 1200w");
        assertThat(item.get("width").asInt()).isEqualTo(1200);
        assertThat(item.get("height").asInt()).isEqualTo(800);
        assertThat(item.get("alt").asString()).isEqualTo("وزير يتحدث");
        assertThat(item.get("caption").asString()).isEqualTo("المؤتمر الصحفي");
        assertThat(item.get("credit").asString()).isEqualTo(credit);
        assertThat(item.get("originalName").asString()).isEqualTo("مؤتمر.jpg");

        JsonNode listed = json(newsroom.get("/newsroom/media.json?q=" + URLEncoder.encode(credit, StandardCharsets.UTF_8)));
        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(item.get("id").asLong());
        assertThat(listed.get("next").isNull()).isTrue();

        // The original, with whatever the camera wrote into it, is kept but never served.
        assertThat(fetch(base + "original.jpg").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> original = fetch(url);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(TestImages.read(original.body()).getWidth()).isEqualTo(1200);
        assertThat(original.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(original.headers().firstValue("Content-Length")).contains(String.valueOf(original.body().length));
        assertThat(original.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(original.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; sandbox");
        assertThat(original.headers().firstValue("Content-Disposition")).contains("inline");
        assertThat(original.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(original.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<byte[]> small = fetch(item.get("thumb").asString());
        assertThat(small.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(TestImages.read(small.body()).getWidth()).isEqualTo(320);
    }

    @Test
    void aPngSentAsAJpegIsStoredAndServedAsAPng() {
        HttpResponse<String> uploaded = newsroom.upload("photo.jpg", "image/jpeg", TestImages.png(500, 250), Map.of());
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String url = json(uploaded).get("url").asString();
        assertThat(url).endsWith("/500.png");
        assertThat(fetch(url).headers().firstValue("Content-Type")).contains("image/png");
        assertThat(fetch(url.replace("500.png", "320.png")).headers().firstValue("Content-Type")).contains("image/png");
        assertThat(fetch(url.replace(".png", ".jpg")).statusCode()).isEqualTo(404);
    }

    @Test
    void whatIsNoImageIsRefusedWithAnArabicReason() {
        record Refusal(String name, String type, byte[] content, String message) {
        }
        for (Refusal refusal : new Refusal[] {
                new Refusal("logo.svg", "image/svg+xml", TestImages.SVG, "هذا الملف ليس صورة مقبولة"),
                new Refusal("page.jpg", "image/jpeg", TestImages.HTML, "هذا الملف ليس صورة مقبولة"),
                new Refusal("shell.gif", "image/gif", TestImages.GIF_POLYGLOT, "تعذّرت قراءة الصورة"),
                new Refusal("empty.png", "image/png", new byte[0], "الملف فارغ")}) {
            HttpResponse<String> response = newsroom.upload(refusal.name(), refusal.type(), refusal.content(), Map.of());
            assertThat(response.statusCode()).as(refusal.name()).isEqualTo(400);
            JsonNode problem = json(response);
            assertThat(problem.get("error").asString()).isEqualTo("invalid");
            assertThat(problem.get("field").asString()).isEqualTo("file");
            assertThat(problem.get("message").asString()).as(refusal.name()).startsWith(refusal.message());
        }
        HttpResponse<String> noFile = newsroom.postForm("/newsroom/media", Map.of("alt", "بلا ملف"));
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(json(noFile).get("message").asString()).isEqualTo("اختر صورة لرفعها.");
    }

    @Test
    void aFileOverTheLimitIsA413WhereverItIsStopped() {
        // 20.5 MB passes the web server's limit and is refused by the media check; 21.5 MB is stopped while it arrives.
        for (long size : new long[] {20 * MEGABYTE + MEGABYTE / 2, 21 * MEGABYTE + MEGABYTE / 2}) {
            byte[] content = Arrays.copyOf(TestImages.jpeg(10, 10), (int) size);
            HttpResponse<String> response = newsroom.upload("huge.jpg", "image/jpeg", content, Map.of());
            assertThat(response.statusCode()).as("%d bytes", size).isEqualTo(413);
            JsonNode problem = json(response);
            assertThat(problem.get("error").asString()).isEqualTo("too-large");
            assertThat(problem.get("field").asString()).isEqualTo("file");
            assertThat(problem.get("message").asString()).isEqualTo("حجم الملف أكبر من المسموح به (20 ميغابايت).");
        }
    }

    @Test
    void theTextsOfAnImageAreChangedAndAnUnknownImageIsA404() {
        long id = service.upload("x.png", TestImages.png(10, 10), null, null, null, null).id();
        HttpResponse<String> described = newsroom.postForm("/newsroom/media/" + id,
                Map.of("alt", "نص بديل", "caption", "تعليق", "credit", "حقوق"));
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(json(described).get("credit").asString()).isEqualTo("حقوق");

        HttpResponse<String> tooLong = newsroom.postForm("/newsroom/media/" + id, Map.of("credit", "ح".repeat(301)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("field").asString()).isEqualTo("credit");

        HttpResponse<String> unknown = newsroom.postForm("/newsroom/media/999999999", Map.of("alt", "x"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("message").asString()).isEqualTo("الصورة غير موجودة.");
    }

    @Test
    void theLibraryPagesTwentyAtATime() {
        String credit = unique("وكالة");
        for (int i = 0; i < 21; i++) {
            service.upload("p" + i + ".png", TestImages.png(10, 10), null, null, credit, null);
        }
        String query = "/newsroom/media.json?q=" + URLEncoder.encode(credit, StandardCharsets.UTF_8);
        JsonNode first = json(newsroom.get(query));
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.get("items").get(0).get("originalName").asString()).isEqualTo("p20.png");
        JsonNode second = json(newsroom.get(query + "&before=" + first.get("next").asString()));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("originalName").asString()).isEqualTo("p0.png");
        assertThat(second.get("next").isNull()).isTrue();

        HttpResponse<String> malformed = newsroom.get("/newsroom/media.json?before=abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("field").asString()).isEqualTo("before");
    }

    @Test
    void onlySignedInStaffMayUploadOrList() {
        Session stranger = new Session(port);
        stranger.get("/newsroom/login");
        HttpResponse<String> upload = stranger.upload("x.png", "image/png", TestImages.png(10, 10), Map.of());
        assertThat(upload.statusCode()).isIn(302, 401, 403);
        assertThat(upload.body()).doesNotContain("/media/");
        assertThat(web.get("/newsroom/media.json").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void unknownFilesAreArabic404Pages() {
        String url = service.upload("x.png", TestImages.png(10, 10), null, null, null, null).url();
        for (String path : new String[] {"/media/" + "0".repeat(32) + "/original.png", url.replace("10.png", "320.png"),
                url.replace("10.png", "original.png"),
                url.replace(".png", ".svg"), "/media/ABC/original.png", url + "/x"}) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).selectFirst(".error-page h1").text()).isEqualTo("الصفحة غير موجودة");
        }
        for (String path : new String[] {"/media/../application.properties", "/media/%2e%2e/%2e%2e/pom.xml"}) {
            assertThat(web.get(path).statusCode()).as(path).isEqualTo(400);
        }
    }

    private HttpResponse<byte[]> fetch(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A member of staff in a browser: keeps the session cookie and sends the CSRF token of the last
     * newsroom page in the header, as the newsroom's scripts do.
     */
    private static final class Session {

        private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private String csrf;

        Session(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        void login(String username, String password) {
            get("/newsroom/login");
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/newsroom/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                            "_csrf", csrf)))));
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            get("/newsroom/articles");
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            for (Pattern pattern : new Pattern[] {CSRF_META, CSRF_INPUT}) {
                Matcher m = pattern.matcher(response.body());
                if (m.find()) {
                    csrf = m.group(1);
                    break;
                }
            }
            return response;
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) {
            return send(script(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        }

        HttpResponse<String> upload(String fileName, String claimedType, byte[] content, Map<String, String> fields) {
            String boundary = "----akhbar" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(script("/newsroom/media").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        private HttpRequest.Builder script(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
            if (csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String form(Map<String, String> fields) {
            return new LinkedHashMap<>(fields).entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
