package org.akhbar.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through its chromedriver: never a downloaded browser. Where
 * they are missing the browser tests are skipped, unless {@code AKHBAR_REQUIRE_BROWSER} is set
 * (as in CI), which makes that a failure.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String REQUIRE_BROWSER = "AKHBAR_REQUIRE_BROWSER";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver browser;

    private HeadlessChromium(Path profile, ChromeDriverService service, ChromeDriver browser) {
        this.profile = profile;
        this.service = service;
        this.browser = browser;
    }

    /** Starts the browser at a phone's size, reading its console; skips the test class without one. */
    public static HeadlessChromium start() throws IOException {
        return start(412, 915);
    }

    /** Starts the browser with a window this size. */
    public static HeadlessChromium start(int width, int height) throws IOException {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            String problem = "No browser to test with: " + missing + " missing (apt-get install chromium chromium-driver)";
            if (System.getenv(REQUIRE_BROWSER) != null) {
                fail(problem + "; " + REQUIRE_BROWSER + " is set, so the browser tests must run");
            }
            Assumptions.abort(problem + "; skipping the browser tests (set " + REQUIRE_BROWSER + " to fail instead)");
        }
        Path profile = Files.createTempDirectory("akhbar-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        return new HeadlessChromium(profile, service, new ChromeDriver(service, options));
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** The console's errors since the last call (reading the log empties it). */
    public List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
