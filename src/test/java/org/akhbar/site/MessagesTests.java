package org.akhbar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * UI text lives in the message bundles, Arabic first: every language has every key, every key the
 * code asks for exists, and templates hold no text of their own.
 */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> PLURAL_FORMS = List.of("zero", "one", "two", "few", "many", "other");

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream("messages/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Keys used in templates ({@code t.get("…")}, {@code t.count("…")}) and sources ("area.key" literals). */
    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern inTemplates = Pattern.compile("t\\.(get|count)\\(\"([a-z0-9.-]+)\"");
        for (Path template : files(TEMPLATES, ".jte")) {
            Matcher m = inTemplates.matcher(Files.readString(template));
            while (m.find()) {
                if (m.group(1).equals("count")) {
                    PLURAL_FORMS.forEach(form -> used.add(m.group(2) + "." + form));
                } else {
                    used.add(m.group(2));
                }
            }
        }
        Pattern inSources = Pattern.compile("\"((?:article|import|error|listing|home|nav|share|comments|footer|a11y"
                + "|back-to-top|media|settings|sections)\\.[a-z0-9.-]*[a-z0-9])\"");
        for (Path source : files(SOURCES, ".java")) {
            Matcher m = inSources.matcher(Files.readString(source));
            while (m.find()) {
                if (m.group(1).endsWith(".reading-time")) {
                    PLURAL_FORMS.forEach(form -> used.add(m.group(1) + "." + form));
                } else {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        assertThat(keys("ui_en.properties")).isEqualTo(keys("ui.properties"));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = usedKeys();
        Set<String> known = keys("ui.properties");
        assertThat(used).hasSizeGreaterThan(30);
        for (String key : used) {
            if (key.endsWith(".")) {
                // a key completed at run time ("share." + service): its family must exist
                assertThat(known).as(key + "*").anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(known).as(key).contains(key);
            }
        }
    }

    @Test
    void theDefaultBundleIsArabic() throws IOException {
        Properties arabic = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/ui.properties")) {
            arabic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(arabic.getProperty("listing.show-more")).isEqualTo("اظهر المزيد");
        assertThat(arabic.getProperty("article.related")).isEqualTo("مقالات ذات صلة");
        assertThat(arabic.getProperty("comments.title")).isEqualTo("اترك تعليقاً");
        assertThat(arabic.getProperty("back-to-top.label")).isEqualTo("زر الذهاب إلى الأعلى");
        assertThat(arabic.getProperty("article.read-also")).isEqualTo("اقرأ أيضاً");
    }

    @Test
    void templatesHoldNoTextOfTheirOwn() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".jte")) {
            String visible = visibleText(Files.readString(template));
            if (visible.codePoints().anyMatch(Character::isLetter)) {
                offenders.add(template + ": " + visible.strip());
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** What a template would print by itself: text between tags, once code and expressions are gone. */
    static String visibleText(String template) {
        String text = template
                .replaceAll("(?s)<%--.*?--%>", "")
                .replaceAll("(?m)^\\s*@(import|param).*$", "")
                .replaceAll("(?s)!\\{.*?}", "")
                .replaceAll("\\$unsafe\\{[^}]*}", "")
                .replaceAll("\\$\\{[^}]*}", "")
                .replaceAll("(?sm)@template\\.[\\w.]+\\(.*?(content = @`|\\)\\s*$)", "")
                .replaceAll("@(if|elseif|for)\\((?:[^()]|\\([^()]*\\))*\\)", "")
                .replaceAll("@(else|endif|endfor)", "")
                .replaceAll("(?s)<!DOCTYPE[^>]*>", "")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("&#?\\w+;", " ")
                .replaceAll("[`)]", " ");
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theVisibleTextCheckCatchesHardCodedText() {
        assertThat(visibleText("<p>اظهر المزيد</p>")).contains("اظهر المزيد");
        assertThat(visibleText("<p>${t.get(\"x\")}</p>").strip()).isEmpty();
        assertThat(visibleText("@if(a != null)<span>Read more</span>@endif")).contains("Read more");
    }
}
