package io.marketpilot.store.imports;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.PropertyDefaults;

/** The import properties on the embedded H2 file database, one fresh store per property. */
@PropertyDefaults(tries = 300)
class H2ImportPropertiesIT extends ImportPropertiesContract {
    private Path dir;

    @Override
    protected Database open() {
        try {
            dir = Files.createTempDirectory("mp-import-properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestDatabases.h2(dir);
    }

    @Override
    protected void cleanUp() {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
