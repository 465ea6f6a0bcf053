package io.marketpilot.store;

/** The customer attributes contract on PostgreSQL, each test in a schema of its own. */
class PostgresCustomerAttributesIT extends CustomerAttributesContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
