package io.marketpilot.store;

/** The import contract on PostgreSQL, each test in a schema of its own. */
class PostgresImportIT extends ImportContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
