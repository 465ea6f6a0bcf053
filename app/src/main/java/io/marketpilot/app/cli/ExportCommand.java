package io.marketpilot.app.cli;

import io.marketpilot.app.Application;
import io.marketpilot.store.imports.ImportKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot export KIND FILE}: writes MarketPilot's own layouts, which import back unchanged. */
@Command(name = "export", description = "Export customers, products, orders, events or reviews to CSV, TSV or JSONL.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", description = "customers | products | orders | events | reviews")
    String kind;

    @Parameters(index = "1", description = "Target file (.csv, .tsv, .jsonl, optionally .gz), or - for standard output")
    String file;

    @Option(names = "--format", description = "csv | tsv | jsonl, for standard output (default csv)")
    String format;

    @Override
    public Integer call() throws IOException {
        ImportKind exportKind = ImportKind.parse(kind);
        boolean stdout = file.equals("-");
        String name = stdout ? "stdout." + (format == null ? "csv" : format) : file;
        try (Application app = store.open();
                OutputStream out = stdout ? nonClosing(System.out) : Files.newOutputStream(Path.of(file))) {
            int rows = app.exporter.export(exportKind, name, out, "cli");
            if (!stdout) {
                System.err.println("Exported " + rows + " " + exportKind.wireName() + " rows to " + file);
            }
        }
        return 0;
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
