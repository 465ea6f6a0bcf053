package io.marketpilot.store.support;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The conversation store contract on PostgreSQL, each test in a schema of its own. */
class PostgresConversationStoreIT extends ConversationStoreContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
