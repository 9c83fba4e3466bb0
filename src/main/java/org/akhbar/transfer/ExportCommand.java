package org.akhbar.transfer;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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
        return ExportFile.write(line, usage(), out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            long written = exporter.run(text);
            text.flush();
            return written;
        });
    }
}
