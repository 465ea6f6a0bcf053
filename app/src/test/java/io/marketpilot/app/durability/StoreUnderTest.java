package io.marketpilot.app.durability;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.access.Role;
import io.marketpilot.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A store the crash test runs against: the embedded H2 file of a data directory, or a fresh schema on the
 * PostgreSQL test server (dropped on close). It says how to point {@code serve} at the store and reads back what
 * the store holds.
 */
record StoreUnderTest(String name, Path dataDir, String dbUrl, String dbUser, String schema) implements AutoCloseable {
    /** Override with -Dmarketpilot.test.pg.url=… when the server lives elsewhere. */
    static final String PG_URL = System.getProperty("marketpilot.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    static final String PG_USER = System.getProperty("marketpilot.test.pg.user", "postgres");

    static StoreUnderTest embedded(Path dataDir) {
        return new StoreUnderTest("H2 (embedded file)", dataDir, null, null, null);
    }

    /** A fresh schema on the test server; fails loudly with a hint when the server is missing. */
    static StoreUnderTest postgres(Path dataDir) {
        String schema = "mp_crash_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new StoreUnderTest("PostgreSQL", dataDir, url, PG_USER, schema);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(
                    "The crash test on PostgreSQL needs a server at " + PG_URL + " (user " + PG_USER
                            + ", trust auth, database 'test'). Start one (bin/test starts an installed server) or"
                            + " point -Dmarketpilot.test.pg.url at it. Cause: " + e.getMessage(),
                    e);
        }
    }

    MarketPilotConfig config() {
        return new MarketPilotConfig(dataDir, dbUrl, dbUser, null, "127.0.0.1", 0);
    }

    /** The command line that serves this store on a free loopback port. */
    List<String> serveCommand() {
        List<String> args = new ArrayList<>(
                List.of("serve", "--data-dir", dataDir.toString(), "--host", "127.0.0.1", "--port", "0"));
        if (dbUrl != null) {
            args.addAll(List.of("--db", dbUrl, "--db-user", dbUser));
        }
        return args;
    }

    /** Creates the store (migrations included) and a marketer key, in this process, before any server runs. */
    String createKey() {
        try (Services app = Application.open(config())) {
            return app.apiKeys.create("crash test", Role.MARKETER, "test").secret();
        }
    }

    /** What the store holds now; the embedded one is reached through the running server's mixed-mode port. */
    Contents read() {
        try (Database db = Database.open(io.marketpilot.app.Application.database(config()))) {
            Set<String> events = new HashSet<>(db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT id FROM events WHERE id LIKE '" + EventClients.ID_PREFIX + "%'")
                    .mapTo(String.class)
                    .list()));
            Map<Integer, Integer> customersPerFile = new HashMap<>();
            db.jdbi()
                    .withHandle(h -> h.createQuery(
                                    "SELECT id FROM customers WHERE id LIKE '" + ImportClient.ID_PREFIX + "%-%'")
                            .mapTo(String.class)
                            .list())
                    .forEach(id -> customersPerFile.merge(file(id), 1, Integer::sum));
            return new Contents(events, customersPerFile);
        }
    }

    private static int file(String customerId) {
        return Integer.parseInt(customerId.substring(ImportClient.ID_PREFIX.length(), customerId.indexOf('-')));
    }

    /** Event ids, and customers counted per import file. */
    record Contents(Set<String> eventIds, Map<Integer, Integer> customersPerFile) {}

    @Override
    public void close() {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
