package io.marketpilot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database. */
class H2StoreIT extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
