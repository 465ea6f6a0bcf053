package io.marketpilot.store;

/** The real-retail import contract on PostgreSQL, each test in a schema of its own. */
class PostgresRetailImportIT extends RetailImportContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
