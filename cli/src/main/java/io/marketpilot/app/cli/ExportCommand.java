package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot export KIND FILE}: writes MarketPilot's own layouts, which import back unchanged. */
@Command(
        name = "export",
        description = "Export customers, products, orders, events or reviews to CSV, TSV or JSONL; training-data writes"
                + " approved copy as chat-format JSONL.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", description = "customers | products | orders | events | reviews | training-data")
    String kind;

    @Parameters(index = "1", description = "Target file (.csv, .tsv, .jsonl, optionally .gz), or - for standard output")
    String file;

    @Option(names = "--format", description = "csv | tsv | jsonl, for standard output (default csv)")
    @Nullable
    String format;

    @Override
    public Integer call() throws IOException {
        if (kind.equals("training-data")) {
            return trainingData();
        }
        ImportKind exportKind = ImportKind.parse(kind);
        boolean stdout = file.equals("-");
        String name = stdout ? "stdout." + (format == null ? "csv" : format) : file;
        try (Services app = store.open();
                OutputStream out = target(stdout)) {
            int rows = app.exporter.export(exportKind, name, out, "cli");
            if (!stdout) {
                System.err.println("Exported " + rows + " " + exportKind.wireName() + " rows to " + file);
            }
        }
        return 0;
    }

    /** Approved copy as chat-format JSONL (drafts and rejected texts are never exported). */
    private int trainingData() throws IOException {
        boolean stdout = file.equals("-");
        try (Services app = store.open();
                java.io.PrintStream out =
                        new java.io.PrintStream(target(stdout), false, java.nio.charset.StandardCharsets.UTF_8)) {
            int rows = io.marketpilot.app.content.TrainingData.write(app.content.approved(), out);
            app.audit.record("cli", "content.export-training-data", file, rows + " texts");
            if (!stdout) {
                System.err.println("Exported " + rows + " approved texts to " + file);
            }
        }
        return 0;
    }

    /** The file, or standard output behind a wrapper whose close only flushes, so that later output still shows. */
    private OutputStream target(boolean stdout) throws IOException {
        return stdout ? nonClosing(System.out) : Files.newOutputStream(Path.of(file));
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
