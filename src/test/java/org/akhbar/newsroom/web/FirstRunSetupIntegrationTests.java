package org.akhbar.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.akhbar.people.AccountRepository;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A fresh site has no account and no default password: the setup page makes the first administrator, once. */
@DatabaseTest
@TestPropertySource(properties = "akhbar.test.context=first-run")   // its own, empty database
class FirstRunSetupIntegrationTests {

    static final String PASSWORD = "كلمة-سر-المدير-الأول";

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Test
    void theFirstAdministratorIsMadeOnceAndCanSignIn() {
        NewsroomClient client = new NewsroomClient(port);
        HttpResponse<String> login = client.get("/newsroom/login");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/setup");
        assertThat(client.get("/newsroom/setup").body()).contains("لا يوجد أي حساب بعد");

        HttpResponse<String> mismatch = client.post("/newsroom/setup", Map.of("username", "chief",
                "displayName", "رئيسة التحرير", "password", PASSWORD, "passwordAgain", PASSWORD + "x"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("كلمتا المرور غير متطابقتين").contains("value=\"chief\"");
        assertThat(accounts.isEmpty()).isTrue();

        HttpResponse<String> done = client.post("/newsroom/setup", Map.of("username", "chief",
                "displayName", "رئيسة التحرير", "password", PASSWORD, "passwordAgain", PASSWORD));
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login?setup");
        assertThat(accounts.findByUsername("chief").orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);

        assertThat(client.get("/newsroom/setup").statusCode()).isEqualTo(404);
        NewsroomClient admin = new NewsroomClient(port);
        assertThat(admin.login("chief", PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/newsroom/articles");
        assertThat(admin.get("/newsroom/users").statusCode()).isEqualTo(200);
    }
}
