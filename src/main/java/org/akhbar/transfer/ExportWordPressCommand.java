package org.akhbar.transfer;

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
        return ExportFile.write(line, usage(), exporter::run);
    }
}
