package org.akhbar.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;

import org.akhbar.api.ApiTokens;
import org.akhbar.api.ApiTokens.NewToken;
import org.akhbar.api.Scope;
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
import org.springframework.test.context.TestPropertySource;

/** Rate limits per token and per address, and CORS as configured: reads from the allowed origin only. */
@DatabaseTest
@TestPropertySource(properties = {"akhbar.api.rate-limit.anonymous=3",
        "akhbar.api.cors.allowed-origins=https://partner.example"})
class ApiLimitsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens tokens;

    Web web;

    @BeforeEach
    void connect() {
        web = new Web(port);
    }

    HttpResponse<String> getWithToken(String path, String token) {
        return web.get(path, "Authorization", "Bearer " + token);
    }

    @Test
    void aTokenThatSpentItsMinuteIsTold429WithRetryAfterAndOtherTokensAreNotAffected() {
        Account admin = TestAccounts.create(accounts, Role.ADMINISTRATOR);
        String limited = tokens.create(new NewToken("محدود", EnumSet.noneOf(Scope.class), null, 2), admin.staff()).token();
        String other = tokens.create(new NewToken("آخر", EnumSet.noneOf(Scope.class), null, 100), admin.staff()).token();

        HttpResponse<String> first = getWithToken("/api/v1/sections", limited);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
        assertThat(getWithToken("/api/v1/sections", limited).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = getWithToken("/api/v1/sections", limited);

        ArticlesApiIntegrationTests.assertProblem(refused, 429, "too-many");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(getWithToken("/api/v1/sections", other).statusCode()).isEqualTo(200);
    }

    @Test
    void callersWithoutATokenShareTheirAddresssAllowance() {
        // This test's own requests are the only anonymous ones of this context: three pass, the fourth waits.
        for (int i = 0; i < 3; i++) {
            assertThat(web.get("/api/v1/sections").statusCode()).isEqualTo(200);
        }
        ArticlesApiIntegrationTests.assertProblem(web.get("/api/v1/sections"), 429, "too-many");
    }

    @Test
    void theAllowedOriginMayReadButNotWriteAndOthersGetNoCorsHeaders() {
        Account admin = TestAccounts.create(accounts, Role.ADMINISTRATOR);
        String token = tokens.create(new NewToken("cors", EnumSet.noneOf(Scope.class), null, 100), admin.staff()).token();
        HttpResponse<String> read = web.get("/api/v1/sections", "Origin", "https://partner.example",
                "Authorization", "Bearer " + token);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://partner.example");

        HttpResponse<String> stranger = web.get("/api/v1/sections", "Origin", "https://evil.example",
                "Authorization", "Bearer " + token);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> preflight = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/v1/articles")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .build());
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
