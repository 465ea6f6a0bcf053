package io.marketpilot.store.webhook;

import io.marketpilot.store.Database;
import io.marketpilot.store.DatabaseConfig;
import io.marketpilot.store.TestDatabases;

/** The webhook store contract on PostgreSQL, each test in a schema of its own. */
class PostgresWebhookStoreIT extends WebhookStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    /** A second pool on this test's schema. */
    @Override
    protected Database openSecondPool() {
        String schema = db.jdbi().withHandle(h -> h.createQuery("SELECT current_schema()")
                .mapTo(String.class)
                .one());
        return Database.open(new DatabaseConfig(TestDatabases.PG_URL, TestDatabases.PG_USER, ""), schema);
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
