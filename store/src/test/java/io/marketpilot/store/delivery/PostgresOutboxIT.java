package io.marketpilot.store.delivery;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The outbox contract on PostgreSQL, each test in a schema of its own. */
class PostgresOutboxIT extends OutboxContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
