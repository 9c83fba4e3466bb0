package org.akhbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a test run uses, chosen by the system property {@code akhbar.test.database}
 * ({@code sqlite}, the default, or {@code postgresql}). Every call to {@link #fresh()} gives a new,
 * empty database and data directory, so each Spring context starts from nothing.
 *
 * <p>PostgreSQL is the server at {@code akhbar.test.postgres.url} (default: the local one at
 * 127.0.0.1:5432, user postgres). Where none answers, an embedded PostgreSQL is started, so the
 * test command needs nothing but a JDK.
 */
public final class TestDatabase {

    public static final String PROPERTY = "akhbar.test.database";
    private static final String SERVER_URL = System.getProperty("akhbar.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String SERVER_USER = System.getProperty("akhbar.test.postgres.user", "postgres");
    private static final String SERVER_PASSWORD = System.getProperty("akhbar.test.postgres.password", "");

    private static final List<String> created = new ArrayList<>();
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY, "sqlite"));
    }

    /** Properties that point the application at a new empty database and data directory. */
    public static Map<String, String> fresh() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("akhbar.data-dir", temporaryDirectory().toString());
        if (isPostgres()) {
            properties.put("spring.datasource.url", newPostgresDatabase());
            properties.put("spring.datasource.username", SERVER_USER);
            properties.put("spring.datasource.password", SERVER_PASSWORD);
        }
        return properties;
    }

    /** The same, as command-line options for {@code java -jar akhbar.jar <command>}. */
    public static List<String> asOptions(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** A new empty PostgreSQL database; dropped when the test JVM exits. */
    public static synchronized String newPostgresDatabase() {
        String base = postgresAdminUrl();
        String name = "akhbar_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(base, "create database " + name);
        if (created.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
        }
        created.add(name);
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    private static String postgresAdminUrl() {
        if (adminUrl == null) {
            try (Connection ignored = DriverManager.getConnection(SERVER_URL, SERVER_USER, SERVER_PASSWORD)) {
                adminUrl = SERVER_URL;
            } catch (SQLException unreachable) {
                adminUrl = startEmbedded();
            }
        }
        return adminUrl;
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            return embedded.getJdbcUrl(SERVER_USER, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL server answers at " + SERVER_URL
                    + " and an embedded one could not start", e);
        }
    }

    private static void dropCreated() {
        for (String name : created) {
            try {
                execute(adminUrl, "drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                // the server may already be gone at exit; nothing to clean then
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, SERVER_USER, SERVER_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("akhbar-test-");
            // deleteOnExit() leaves a directory that is not empty: remove the whole tree at exit.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: what is left stays in the system's temporary folder
        }
    }
}
