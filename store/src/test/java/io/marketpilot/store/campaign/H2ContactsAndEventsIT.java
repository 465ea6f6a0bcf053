package io.marketpilot.store.campaign;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contact log and campaign events contract on the embedded H2 file database. */
class H2ContactsAndEventsIT extends ContactsAndEventsContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
