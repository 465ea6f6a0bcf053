package io.marketpilot.app.bench;

import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.store.Database;
import io.marketpilot.store.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An empty store for one benchmark run, removed afterwards: the embedded H2 file under a new temporary data
 * directory, or a new schema on a PostgreSQL server (created and migrated here, dropped on close), so that every run
 * starts from the same empty tables.
 */
public final class FreshStore implements AutoCloseable {
    /** The PostgreSQL server the store tests use, unless told otherwise. */
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** Which database a benchmark runs on. */
    public enum Kind {
        H2,
        POSTGRES
    }

    /** The kind a {@code --store} option names: h2, or postgres (postgresql). */
    static Kind kind(String store) {
        return switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "h2" -> Kind.H2;
            case "postgres", "postgresql" -> Kind.POSTGRES;
            default -> throw MarketPilotException.invalid("--store is h2 or postgres, not '" + store + "'");
        };
    }

    /** Where the PostgreSQL server is and which schema this run has on it. */
    private record Schema(String url, String user, String name) {
        DatabaseConfig config() {
            return new DatabaseConfig(url, user, "");
        }

        /** The server's URL confined to this run's schema: the product opens it as any configured URL. */
        String confinedUrl() {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }
    }

    /** The run's temporary directory, which holds the data directory. */
    private final Path root;

    private final Path dataDir;
    private final Optional<Schema> schema;

    private FreshStore(Path root, Optional<Schema> schema) {
        this.root = root;
        this.dataDir = root.resolve("data");
        this.schema = schema;
    }

    /** A new empty store of {@code kind}; for PostgreSQL on the server at {@code url} as {@code user}. */
    static FreshStore create(Kind kind, String url, String user) throws IOException {
        Path dir = Files.createTempDirectory("marketpilot-bench-campaign");
        if (kind == Kind.H2) {
            return new FreshStore(dir, Optional.empty());
        }
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        Schema schema = new Schema(url, user, "mp_bench_" + HexFormat.of().formatHex(random));
        try {
            // created and migrated here; the product reopens it through the confined URL
            Database.open(schema.config(), schema.name()).close();
        } catch (RuntimeException e) {
            delete(dir);
            throw MarketPilotException.invalid("Cannot open the PostgreSQL server at " + url + " as " + user
                    + " (--db-url, --db-user): " + e.getMessage());
        }
        return new FreshStore(dir, Optional.of(schema));
    }

    /** The configuration that opens this store (and nothing configured beyond it: campaigns send to the outbox). */
    MarketPilotConfig config() {
        return schema.map(s -> new MarketPilotConfig(dataDir, s.confinedUrl(), s.user(), "", "127.0.0.1", 0))
                .orElseGet(() -> new MarketPilotConfig(dataDir, null, null, null, "127.0.0.1", 0));
    }

    /** The store in words, for the benchmark's report. */
    String describe() {
        return schema.map(s -> "PostgreSQL " + s.url() + " (schema " + s.name() + ")")
                .orElse("embedded H2 (fresh file)");
    }

    @Override
    public void close() throws IOException {
        try {
            if (schema.isPresent()) {
                drop(schema.get());
            }
        } finally {
            delete(root);
        }
    }

    private static void drop(Schema schema) {
        try (Database db = Database.open(schema.config(), schema.name());
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema.name().toLowerCase(Locale.ROOT) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the benchmark's schema " + schema.name(), e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
