package org.akhbar.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.akhbar.platform.Command;
import org.akhbar.platform.CommandLine;
import org.springframework.stereotype.Component;

/** {@code export FILE.jsonl}: writes every article in the import format. */
@Component
class ExportCommand implements Command {

    private final JsonLinesExport exporter;

    ExportCommand(JsonLinesExport exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILE.jsonl   write every article as JSON Lines, the format import reads";
    }

    @Override
    public int run(CommandLine line) {
        List<String> args = line.arguments();
        if (args.size() != 1) {
            System.err.println("Usage: " + usage());
            return 2;
        }
        Path file = Path.of(args.getFirst()).toAbsolutePath();
        // Written beside the target and moved into place: a failed export never leaves half a file.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            long written;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                written = exporter.run(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(Locale.ROOT, "Exported %,d articles to %s%n", written, file);
            return 0;
        } catch (IOException e) {
            System.err.println("Cannot write " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
