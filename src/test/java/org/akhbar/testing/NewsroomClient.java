package org.akhbar.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session in the newsroom, over HTTP: keeps its cookies, reads the CSRF token from the
 * pages it gets and sends it back with every form, as a browser with a form would. Follows no
 * redirects, so tests see exactly what the server answered.
 */
public final class NewsroomClient {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;

    public NewsroomClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Signs in; returns the login form's answer (a redirect either way: to the newsroom or back). */
    public HttpResponse<String> login(String username, String password) {
        get("/newsroom/login");
        HttpResponse<String> response = post("/newsroom/login", Map.of("username", username, "password", password));
        get("/newsroom/articles");   // a fresh token for the new session
        return response;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        remember(response.body());
        return response;
    }

    /** A form post with the session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postForm(path, fields);
    }

    /** A form post without any CSRF token: a forged request from another site. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
        return postForm(path, form);
    }

    /** A post as the editor's script sends it: the token in a header, JSON asked for. */
    public HttpResponse<String> postFromScript(String path, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-Requested-With", "fetch")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request.build());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    private void remember(String body) {
        for (Pattern pattern : new Pattern[] {CSRF_META, CSRF_INPUT}) {
            Matcher m = pattern.matcher(body);
            if (m.find()) {
                csrf = m.group(1);
                return;
            }
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
