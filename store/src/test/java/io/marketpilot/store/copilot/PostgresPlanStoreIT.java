package io.marketpilot.store.copilot;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The plan store contract on PostgreSQL, each test in a schema of its own. */
class PostgresPlanStoreIT extends PlanStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
