package org.akhbar.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.akhbar.article.ArticleInput;
import org.akhbar.article.ArticleService;
import org.akhbar.article.InvalidArticleException;
import org.akhbar.platform.DatabaseStatistics;
import org.akhbar.site.MessageBundles;
import org.akhbar.site.Messages;
import org.akhbar.transfer.ImportReport.Skip;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports articles from JSON Lines, streaming: one line at a time, each in its own transaction, so
 * a line is either saved whole or skipped with its reason, and memory does not grow with the file.
 */
@Service
public class JsonLinesImport {

    /** A running count, reported every few seconds on long files. */
    public record Progress(long lines, long saved, long skipped, Duration elapsed) {
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ArticleService articles;
    private final DatabaseStatistics statistics;
    private final MessageBundles messages;
    private final Clock clock;

    JsonLinesImport(ArticleService articles, DatabaseStatistics statistics, MessageBundles messages, Clock clock) {
        this.articles = articles;
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    public ImportReport run(BufferedReader reader, Locale locale, Consumer<Progress> progress) throws IOException {
        return run(reader, locale, progress, UnaryOperator.identity());
    }

    /** {@code adjust} may rewrite each article before it is saved (the demo content moves its dates). */
    ImportReport run(BufferedReader reader, Locale locale, Consumer<Progress> progress,
            UnaryOperator<ArticleInput> adjust) throws IOException {
        Messages text = messages.forLocale(locale);
        Instant start = clock.instant();
        Instant nextReport = start.plus(PROGRESS_EVERY);
        long lineNumber = 0;
        long created = 0;
        long updated = 0;
        List<Skip> skipped = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                ArticleService.Saved saved = articles.save(adjust.apply(ArticleLines.read(line)));
                if (saved.created()) {
                    created++;
                } else {
                    updated++;
                }
            } catch (LineProblem problem) {
                skipped.add(new Skip(lineNumber, text.get(problem.messageKey(), problem.arguments())));
            } catch (InvalidArticleException invalid) {
                skipped.add(new Skip(lineNumber, String.join(" ", invalid.problems().stream()
                        .map(p -> text.get(p.messageKey(), p.arguments())).toList())));
            } catch (DataAccessException failed) {
                skipped.add(new Skip(lineNumber, text.get("import.error.failed", failed.getMostSpecificCause().getMessage())));
            }
            Instant now = clock.instant();
            if (now.isAfter(nextReport)) {
                progress.accept(new Progress(lineNumber, created + updated, skipped.size(), Duration.between(start, now)));
                nextReport = now.plus(PROGRESS_EVERY);
            }
        }
        articles.resolvePendingEmbeds();
        statistics.refresh();
        return new ImportReport(lineNumber, created, updated, List.copyOf(skipped), Duration.between(start, clock.instant()));
    }
}
