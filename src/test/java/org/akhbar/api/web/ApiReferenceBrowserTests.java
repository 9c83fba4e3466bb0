package org.akhbar.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browsable API reference works in a real browser under the site's content security policy:
 * the endpoints are drawn from the OpenAPI document, and nothing is blocked or fetched elsewhere.
 */
@DatabaseTest
class ApiReferenceBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theReferenceDrawsTheEndpointsWithoutConsoleErrors() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 900)) {
            var browser = chromium.browser();
            browser.get("http://127.0.0.1:" + port + "/api/v1/docs");

            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));

            assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                    .extracting(e -> e.getAttribute("data-path"))
                    .contains("/api/v1/articles", "/api/v1/articles/{id}/publish");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }
}
