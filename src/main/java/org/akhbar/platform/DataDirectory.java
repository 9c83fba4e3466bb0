package org.akhbar.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates {@code akhbar.data-dir} (the SQLite file, search index and media of the embedded default)
 * before anything opens it: SQLite does not create missing parent folders.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    public static final String PROPERTY = "akhbar.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path root = Path.of(dir);
        try {
            Files.createDirectories(root.resolve("media"));
            Files.createDirectories(root.resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root.toAbsolutePath(), e);
        }
    }
}
