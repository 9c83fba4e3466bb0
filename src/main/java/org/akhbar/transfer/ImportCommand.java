package org.akhbar.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.akhbar.platform.Command;
import org.akhbar.platform.CommandLine;
import org.springframework.stereotype.Component;

/** {@code import FILE.jsonl}: loads articles, reporting progress and every skipped line. */
@Component
class ImportCommand implements Command {

    private final JsonLinesImport importer;

    ImportCommand(JsonLinesImport importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE.jsonl   import articles from JSON Lines (see README); re-importing updates by external_id";
    }

    @Override
    public int run(CommandLine line) {
        List<String> args = line.arguments();
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (args.size() != 1) {
            err.println("Usage: " + usage());
            return 2;
        }
        Path file = Path.of(args.getFirst());
        boolean terminal = System.console() != null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportReport report = importer.run(reader, Locale.ENGLISH, p -> err.printf(Locale.ROOT,
                    "%s%,d lines read, %,d saved, %,d skipped, %,.0f articles/s%s",
                    terminal ? "\r" : "", p.lines(), p.saved(), p.skipped(),
                    p.saved() / Math.max(0.001, p.elapsed().toMillis() / 1000.0), terminal ? "" : "\n"));
            if (terminal) {
                err.println();
            }
            report.skipped().forEach(s -> err.println("line " + s.line() + ": " + s.reason()));
            out.printf(Locale.ROOT, "Imported %s: %,d created, %,d updated, %,d skipped, in %.1f s%n",
                    file, report.created(), report.updated(), report.skipped().size(),
                    report.took().toMillis() / 1000.0);
            return report.skipped().isEmpty() ? 0 : 1;
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
