package io.marketpilot.store.classifier;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The classifier store contract on the embedded H2 file database. */
class H2ClassifierStoreIT extends ClassifierStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
