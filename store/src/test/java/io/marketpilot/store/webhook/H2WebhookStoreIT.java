package io.marketpilot.store.webhook;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The webhook store contract on the embedded H2 file database. */
class H2WebhookStoreIT extends WebhookStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }

    /** The same file database: a second pool in this process shares H2's engine, as the loopback server would. */
    @Override
    protected Database openSecondPool() {
        return TestDatabases.h2(dir);
    }
}
