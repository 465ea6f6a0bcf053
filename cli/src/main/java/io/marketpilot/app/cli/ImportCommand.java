package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot import KIND FILE}: validated, all-or-nothing, idempotent. */
@Command(
        name = "import",
        description = "Import customers, products, orders, events or reviews from CSV, TSV or JSONL (optionally .gz)."
                + " Orders also accept the UCI Online Retail, Superstore and CDNOW layouts as published.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", description = "customers | products | orders | events | reviews")
    String kind;

    @Parameters(index = "1", description = "The file to import, or - for standard input (then give --format)")
    String file;

    @Option(names = "--format", description = "csv | tsv | jsonl, for standard input")
    @Nullable
    String format;

    @Option(names = "--dry-run", description = "Check everything and report what would change; write nothing")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        ImportKind importKind = ImportKind.parse(kind);
        String sourceName = file.equals("-") ? "stdin." + (format == null ? "csv" : format) : file;
        try (Services app = store.open();
                InputStream in = file.equals("-") ? System.in : open(Path.of(file))) {
            TerminalProgress progress = TerminalProgress.forConsole();
            ImportReport report;
            try {
                report = app.importFile(importKind, sourceName, in, dryRun, "cli", progress);
            } finally {
                progress.finish();
            }
            System.out.println(report.summary());
        }
        return 0;
    }

    private static InputStream open(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw io.marketpilot.core.MarketPilotException.invalid("No such file: " + path);
        }
        return Files.newInputStream(path);
    }
}
