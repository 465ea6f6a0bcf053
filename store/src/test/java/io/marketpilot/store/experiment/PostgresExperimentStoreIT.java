package io.marketpilot.store.experiment;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The experiment store contract on PostgreSQL, each test in a schema of its own. */
class PostgresExperimentStoreIT extends ExperimentStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
