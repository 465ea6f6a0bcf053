package io.marketpilot.store;

/** The store contract on PostgreSQL, each test in a schema of its own. */
class PostgresStoreIT extends StoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
