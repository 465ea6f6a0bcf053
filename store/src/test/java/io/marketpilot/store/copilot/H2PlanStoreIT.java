package io.marketpilot.store.copilot;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The plan store contract on the embedded H2 file database. */
class H2PlanStoreIT extends PlanStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
