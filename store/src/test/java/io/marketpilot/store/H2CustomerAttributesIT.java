package io.marketpilot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The customer attributes contract on the embedded H2 file database. */
class H2CustomerAttributesIT extends CustomerAttributesContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
