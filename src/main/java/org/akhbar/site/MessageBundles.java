package org.akhbar.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.akhbar.text.DigitStyle;
import org.springframework.stereotype.Component;

/**
 * The UI texts in {@code messages/ui.properties} (Arabic, the default) and
 * {@code messages/ui_<language>.properties}, read once. A language without its own file, or a key
 * it lacks, falls back to Arabic.
 */
@Component
public class MessageBundles {

    private static final String BASE = "messages/ui";

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    /** The texts of a language, numbers in Western digits (for terminals and logs). */
    public Messages forLocale(Locale locale) {
        return forLocale(locale, DigitStyle.WESTERN);
    }

    /** The texts of a language, numbers written in {@code digits}. */
    public Messages forLocale(Locale locale, DigitStyle digits) {
        Map<String, String> texts = new HashMap<>(texts(""));
        if (!locale.getLanguage().equals("ar")) {
            texts.putAll(texts("_" + locale.getLanguage()));
        }
        return new Messages(texts, digits);
    }

    private Map<String, String> texts(String suffix) {
        return byLanguage.computeIfAbsent(suffix, MessageBundles::load);
    }

    private static Map<String, String> load(String suffix) {
        String resource = BASE + suffix + ".properties";
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
