package io.marketpilot.store.content;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The content store contract on PostgreSQL, each test in a schema of its own. */
class PostgresContentStoreIT extends ContentStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
