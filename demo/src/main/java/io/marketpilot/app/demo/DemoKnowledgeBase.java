package io.marketpilot.app.demo;

import io.marketpilot.app.services.Services;
import io.marketpilot.assistant.kb.IngestResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop's support knowledge base (resources under {@code /demo/support}, written for the project): copied
 * into {@code <data-dir>/support-kb} where they are missing, so that they can be edited and re-ingested, then
 * ingested with the product catalogue. Re-running changes nothing unless a file or the catalogue changed.
 */
public final class DemoKnowledgeBase {
    static final List<String> FILES = List.of("faq.csv", "shipping.md", "returns.md", "sizing.md", "payment-zh.md");

    private DemoKnowledgeBase() {}

    public static List<IngestResult> load(Services app) {
        Path dir = app.config.dataDir().resolve("support-kb");
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                Path target = dir.resolve(name);
                if (!Files.exists(target)) {
                    try (InputStream in = DemoKnowledgeBase.class.getResourceAsStream("/demo/support/" + name)) {
                        if (in == null) {
                            throw new IllegalStateException("The sample knowledge base " + name + " is missing");
                        }
                        Files.copy(in, target);
                    }
                }
                files.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<IngestResult> results = new ArrayList<>(app.support.ingest(files));
        results.add(app.support.ingestCatalogue());
        return results;
    }
}
