package io.marketpilot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The real-retail import contract on the embedded H2 file database. */
class H2RetailImportIT extends RetailImportContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
