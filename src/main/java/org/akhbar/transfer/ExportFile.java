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

import org.akhbar.platform.CommandLine;

/**
 * The one file an export command writes, named by its only argument. It is written beside its
 * target and moved into place, so a failed export never leaves half a file.
 */
final class ExportFile {

    /** Writes the export and answers how many articles it holds. */
    interface Writing {
        long writeTo(OutputStream out) throws IOException, XMLStreamException;
    }

    private ExportFile() {
    }

    /** Runs {@code writing} into the file the command line names; the command's exit code. */
    static int write(CommandLine line, String usage, Writing writing) {
        List<String> args = line.arguments();
        if (args.size() != 1) {
            System.err.println("Usage: " + usage);
            return 2;
        }
        Path file = Path.of(args.getFirst()).toAbsolutePath();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                written = writing.writeTo(out);
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
