package io.marketpilot.store.support;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The conversation store contract on the embedded H2 file database. */
class H2ConversationStoreIT extends ConversationStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
