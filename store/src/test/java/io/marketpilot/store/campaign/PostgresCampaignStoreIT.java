package io.marketpilot.store.campaign;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The campaign store contract on PostgreSQL, each test in a schema of its own. */
class PostgresCampaignStoreIT extends CampaignStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
