package org.akhbar.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes the API (and only the API), and its reference page is served from the jar. */
@DatabaseTest
class ApiDocumentationIntegrationTests {

    @LocalServerPort
    int port;

    Web web;

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    @Test
    void theOpenApiDocumentListsTheEndpointsAndTheTokenScheme() {
        HttpResponse<String> response = web.get("/api/v1/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = ArticlesApiIntegrationTests.JSON.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        JsonNode paths = document.get("paths");
        assertThat(paths.has("/api/v1/articles")).isTrue();
        assertThat(paths.has("/api/v1/articles/{id}/publish")).isTrue();
        assertThat(paths.has("/api/v1/sections")).isTrue();
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(document.get("components").get("securitySchemes").get("token").get("scheme").asString())
                .isEqualTo("bearer");
        JsonNode request = document.get("components").get("schemas").get("ArticleRequest").get("properties");
        assertThat(request.has("title")).isTrue();
        assertThat(request.has("unknown")).isFalse();
    }

    @Test
    void theBrowsableReferenceIsServedFromThisSite() {
        HttpResponse<String> redirect = web.get("/api/v1/docs");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> page = web.get(location.replaceFirst("^https?://[^/]+", ""));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("https://", "http://");
        HttpResponse<String> initializer = web.get(location.replace("index.html", "swagger-initializer.js")
                .replaceFirst("^https?://[^/]+", ""));
        assertThat(initializer.body()).contains("/api/v1/openapi.json");
    }
}
