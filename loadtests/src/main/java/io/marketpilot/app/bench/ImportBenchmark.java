package io.marketpilot.app.bench;

import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.imports.Importer;
import io.marketpilot.store.Database;
import io.marketpilot.store.DatabaseConfig;
import io.marketpilot.store.audit.JdbcAuditLog;
import io.marketpilot.store.imports.JdbcImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Times a first import and an idempotent re-import of an Online Retail-layout file into a fresh H2 file store. */
public final class ImportBenchmark {
    /** The measured figures. */
    public record Result(String source, int rows, int orders, double firstSeconds, double againSeconds) {
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "import %s: %,d lines, %,d orders%n  first import  %.2f s (%,.0f lines/s)%n  re-import     %.2f s (%,.0f lines/s, no new rows)",
                    source,
                    rows,
                    orders,
                    firstSeconds,
                    rows / firstSeconds,
                    againSeconds,
                    rows / againSeconds);
        }
    }

    private static final ImportReport.TableChange NOTHING = new ImportReport.TableChange(0, 0);

    private ImportBenchmark() {}

    /** Writes the generated Online Retail-layout file to {@code path}. */
    public static void writeGenerated(Path path, int lines, long seed) throws IOException {
        OnlineRetailLikeFile.write(path, lines, seed);
    }

    /** Imports {@code file} twice into a fresh store, or a generated file of {@code lines} lines without one. */
    public static Result run(@Nullable Path file, int lines, long seed) throws IOException {
        Path dir = Files.createTempDirectory("marketpilot-bench");
        try {
            Path source = file;
            if (source == null) {
                source = dir.resolve("online-retail-like.csv");
                OnlineRetailLikeFile.write(source, lines, seed);
            }
            try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("store")))) {
                Importer importer = new JdbcImporter(db, new JdbcAuditLog(db, Clock.systemUTC()), text -> "en");
                long t0 = System.nanoTime();
                ImportReport first = importOnce(importer, source);
                long t1 = System.nanoTime();
                importOnce(importer, source);
                long t2 = System.nanoTime();
                return new Result(
                        file == null ? "generated Online Retail-layout file" : file.toString(),
                        first.rows(),
                        first.tables().getOrDefault("orders", NOTHING).added(),
                        (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ImportReport importOnce(Importer importer, Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return importer.importFile(
                    ImportKind.ORDERS, source.getFileName().toString(), in, false, "bench", ImportProgress.NONE);
        }
    }
}
