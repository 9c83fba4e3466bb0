package org.akhbar.transfer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.akhbar.platform.Command;
import org.akhbar.platform.CommandLine;
import org.springframework.stereotype.Component;

/** {@code import-wordpress EXPORT.xml [--media-dir DIR]}: moves a WordPress site in (see the README). */
@Component
class ImportWordPressCommand implements Command {

    static final String MEDIA_DIR = "media-dir";

    private final WordPressImport importer;

    ImportWordPressCommand(WordPressImport importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-wordpress";
    }

    @Override
    public String usage() {
        return "import-wordpress EXPORT.xml [--media-dir DIR]   import a WordPress export (WXR); DIR: a copy of wp-content/uploads; re-running updates";
    }

    @Override
    public Set<String> options() {
        return Set.of(MEDIA_DIR);
    }

    @Override
    public int run(CommandLine line) {
        List<String> args = line.arguments();
        PrintStream out = System.out;
        PrintStream err = System.err;
        // --media-dir DIR without '=' leaves DIR among the arguments: it is the option's, not a file.
        List<String> files = args.stream().filter(a -> !a.equals(line.options().get(MEDIA_DIR))).toList();
        if (files.size() != 1) {
            err.println("Usage: " + usage());
            return 2;
        }
        Path file = Path.of(files.getFirst());
        Path mediaDir = line.option(MEDIA_DIR).map(Path::of).orElse(null);
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file);
            return 2;
        }
        if (mediaDir != null && !Files.isDirectory(mediaDir)) {
            err.println("No such directory: " + mediaDir);
            return 2;
        }
        boolean terminal = System.console() != null;
        try {
            WordPressReport report = importer.run(() -> Files.newInputStream(file), mediaDir, Locale.ENGLISH,
                    p -> err.printf(Locale.ROOT, "%s%s: %,d items read, %,d articles saved, %,d skipped, %,.0f articles/s%s",
                            terminal ? "\r" : "", p.pass(), p.items(), p.articles(), p.skipped(),
                            p.articles() / Math.max(0.001, p.elapsed().toMillis() / 1000.0), terminal ? "" : "\n"));
            if (terminal) {
                err.println();
            }
            print(report, file, out, err);
            return report.skipped().isEmpty() ? 0 : 1;
        } catch (WxrException e) {
            err.printf(Locale.ROOT, "%s: line %d: %s%n", file, e.line(), e.reason());
            err.println("Nothing was imported: the file is read through before anything is written.");
            return 2;
        } catch (NoSuchFileException e) {
            err.println("No such file: " + e.getFile());
            return 2;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static void print(WordPressReport report, Path file, PrintStream out, PrintStream err) {
        report.skipped().forEach(s -> err.println(s.line() > 0 ? "line " + s.line() + ": " + s.reason() : s.reason()));
        out.printf(Locale.ROOT, "Imported %s in %.1f s:%n", file, report.took().toMillis() / 1000.0);
        for (String kind : List.of(WordPressImport.AUTHORS, WordPressImport.SECTIONS, WordPressImport.TAGS,
                WordPressImport.ATTACHMENTS, WordPressImport.ARTICLES, WordPressImport.COMMENTS, WordPressImport.OTHER)) {
            WordPressReport.Tally t = report.tally(kind);
            out.printf(Locale.ROOT, "  %-12s %,9d created, %,9d updated, %,9d skipped%n", kind, t.created(), t.updated(),
                    t.skipped());
        }
        out.printf(Locale.ROOT, "  %,d old addresses answer with a redirect%n", report.redirects());
        if (!report.unknownShortcodes().isEmpty()) {
            out.println("  Shortcodes kept as text (posts with each):");
            for (Map.Entry<String, Integer> e : report.unknownShortcodes().entrySet()) {
                out.printf(Locale.ROOT, "    [%s] %,d%n", e.getKey(), e.getValue());
            }
        }
    }
}
