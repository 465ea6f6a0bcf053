package io.marketpilot.assistant.kb;

import io.marketpilot.text.embedding.BilingualEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The test fixtures under {@code /kb} and the real bge-small models, loaded once per test run. */
public final class Fixtures {
    private static BilingualEmbedder embedder;

    private Fixtures() {}

    public static synchronized BilingualEmbedder embedder() {
        if (embedder == null) {
            embedder = BilingualEmbedder.bgeSmall();
        }
        return embedder;
    }

    /** Copies a fixture into {@code dir} (so tests can change it) and returns the copy. */
    public static Path copy(String name, Path dir) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/kb/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
