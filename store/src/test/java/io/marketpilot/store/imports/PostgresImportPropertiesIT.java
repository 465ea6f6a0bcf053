package io.marketpilot.store.imports;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import net.jqwik.api.PropertyDefaults;

/**
 * The import properties on PostgreSQL, in a schema of their own, with fewer tries than on H2 since each costs a
 * round trip. What differs here is what the server accepts (NUL, timestamp range, column widths); a finding that took
 * more tries to reach is kept as an example in the contract.
 */
@PropertyDefaults(tries = 100)
class PostgresImportPropertiesIT extends ImportPropertiesContract {
    @Override
    protected Database open() {
        return TestDatabases.postgres();
    }

    @Override
    protected void cleanUp() {
        TestDatabases.dropSchema(db);
    }
}
