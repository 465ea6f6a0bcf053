package io.marketpilot.store.classifier;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The classifier store contract on PostgreSQL, each test in a schema of its own. */
class PostgresClassifierStoreIT extends ClassifierStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
