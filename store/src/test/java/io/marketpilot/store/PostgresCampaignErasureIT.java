package io.marketpilot.store;

/** The campaign erasure contract on PostgreSQL, each test in a schema of its own. */
class PostgresCampaignErasureIT extends CampaignErasureContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
