package io.marketpilot.store.campaign;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The campaign store contract on the embedded H2 file database. */
class H2CampaignStoreIT extends CampaignStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
