package io.marketpilot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The campaign erasure contract on the embedded H2 file database. */
class H2CampaignErasureIT extends CampaignErasureContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }
}
