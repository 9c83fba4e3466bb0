package org.akhbar.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DatabaseTest
class ErrorAnswersIntegrationTests {

    @LocalServerPort
    int port;

    Web web;

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    @Test
    void aReaderGetsTheArabicPage() {
        HttpResponse<String> response = web.get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("الصفحة غير موجودة");
    }

    @Test
    void aProgramUnderApiGetsProblemJsonInArabic() {
        HttpResponse<String> response = web.get("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("الصفحة غير موجودة");
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("code").asString()).isEqualTo("not-found");
    }
}
