package io.marketpilot.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/** Opens the two real stores the store tests run against. */
public final class TestDatabases {
    /** Override with -Dmarketpilot.test.pg.url=… when the server lives elsewhere. */
    public static final String PG_URL =
            System.getProperty("marketpilot.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    public static final String PG_USER = System.getProperty("marketpilot.test.pg.user", "postgres");

    private TestDatabases() {}

    public static Database h2(Path dir) {
        return Database.open(DatabaseConfig.embedded(dir));
    }

    /** A fresh schema on the PostgreSQL test server; fails loudly with a hint when the server is missing. */
    public static Database postgres() {
        String schema = "mp_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try {
            return Database.open(new DatabaseConfig(PG_URL, PG_USER, ""), schema);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "The PostgreSQL store tests need a server at " + PG_URL + " (user " + PG_USER
                            + ", trust auth, database 'test'). Start one (bin/test starts an installed server) or"
                            + " point -Dmarketpilot.test.pg.url at it. Cause: " + e.getMessage(),
                    e);
        }
    }

    /** Drops a test schema created by {@link #postgres()}. */
    public static void dropSchema(Database db) {
        db.jdbi().useHandle(h -> {
            String schema =
                    h.createQuery("SELECT current_schema()").mapTo(String.class).one();
            if (schema.startsWith("mp_test_")) {
                h.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        });
    }
}
