package org.akhbar.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.akhbar.article.ArticleInput;
import org.akhbar.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty site with the bundled demo articles on first start, moved in time so the newest
 * is a few minutes old. A site with any article is left alone, so later starts keep what is there.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "akhbar.demo-content", matchIfMissing = true)
class DemoContent implements ApplicationRunner {

    static final String RESOURCE = "demo/articles.jsonl";
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ArticleRepository articles;
    private final JsonLinesImport importer;
    private final Clock clock;

    DemoContent(ArticleRepository articles, JsonLinesImport importer, Clock clock) {
        this.articles = articles;
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!articles.isEmpty()) {
            return;
        }
        Duration shift = Duration.between(newestInFile(), clock.instant().minus(Duration.ofMinutes(5)));
        try (BufferedReader reader = open()) {
            ImportReport report = importer.run(reader, Locale.ENGLISH, p -> { },
                    a -> new ArticleInput(a.externalId(), a.title(), a.slug(), a.kicker(), a.excerpt(), a.bodyHtml(),
                            a.sections(), a.tags(), a.author(), a.publishedAt().plus(shift), a.status()));
            log.info("Empty site: loaded {} demo articles", report.saved());
            report.skipped().forEach(s -> log.warn("Demo article on line {} skipped: {}", s.line(), s.reason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant newestInFile() {
        try (BufferedReader reader = open()) {
            Instant newest = Instant.EPOCH;
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Instant at = ArticleLines.read(line).publishedAt();
                    newest = at != null && at.isAfter(newest) ? at : newest;
                }
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LineProblem e) {
            throw new IllegalStateException("The bundled demo content is broken: " + e.messageKey(), e);
        }
    }

    private static BufferedReader open() throws IOException {
        return new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8));
    }
}
