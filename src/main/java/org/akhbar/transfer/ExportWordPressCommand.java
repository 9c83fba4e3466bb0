package org.akhbar.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.akhbar.platform.Command;
import org.akhbar.platform.CommandLine;
import org.springframework.stereotype.Component;

/** {@code export-wordpress OUT.xml}: the whole site as a WordPress export (WXR). */
@Component
class ExportWordPressCommand implements Command {

    private final WordPressExport exporter;

    ExportWordPressCommand(WordPressExport exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export-wordpress";
    }

    @Override
    public String usage() {
        return "export-wordpress OUT.xml   write the site as a WordPress export (WXR) that WordPress and import-wordpress read";
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
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                written = exporter.run(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(Locale.ROOT, "Exported %,d articles to %s%n", written, file);
            return 0;
        } catch (IOException | XMLStreamException e) {
            System.err.println("Cannot write " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
