package io.marketpilot.store.campaign;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;

/** The contact log and campaign events contract on PostgreSQL, each test in a schema of its own. */
class PostgresContactsAndEventsIT extends ContactsAndEventsContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
