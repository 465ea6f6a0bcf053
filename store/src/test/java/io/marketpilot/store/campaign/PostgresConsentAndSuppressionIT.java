package io.marketpilot.store.campaign;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The consent and suppression contract on PostgreSQL, each test in a schema of its own. */
class PostgresConsentAndSuppressionIT extends ConsentAndSuppressionContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
