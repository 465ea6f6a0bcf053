package io.marketpilot.store.imports;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import net.jqwik.api.PropertyDefaults;

/**
 * The import properties on PostgreSQL, in a schema of their own, with fewer tries than on H2: what differs here is
 * what the server accepts (NUL characters, timestamp range, column widths), which the first tries already reach.
 */
@PropertyDefaults(tries = 40)
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
