package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.assistant.kb.IngestResult;
import io.marketpilot.assistant.kb.SearchMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot kb ingest|sources|search}: the support assistant's knowledge base. */
@Command(name = "kb", description = "The support assistant's knowledge base (a Lucene index under the data directory).")
public final class KbCommand {
    @Command(
            name = "ingest",
            description = "Index Markdown, HTML, text, PDF and FAQ files (CSV/JSONL with id, question, answer) or"
                    + " directories of them; unchanged files are skipped, changed ones replaced.")
    int ingest(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "PATH", arity = "0..*") @Nullable List<Path> paths,
            @Option(names = "--catalogue", description = "Also index the store's product catalogue")
                    boolean catalogue) {
        if ((paths == null || paths.isEmpty()) && !catalogue) {
            throw io.marketpilot.core.MarketPilotException.invalid(
                    "Give files or directories to ingest, or --catalogue");
        }
        try (Services app = store.open()) {
            List<IngestResult> results = new ArrayList<>(app.support.ingest(paths == null ? List.of() : paths));
            if (catalogue) {
                results.add(app.support.ingestCatalogue());
            }
            results.stream().map(IngestResult::summary).forEach(System.out::println);
            System.out.println(
                    "Knowledge base: " + app.support.knowledgeBase().sources().size() + " sources, "
                            + app.support.knowledgeBase().chunkCount() + " chunks");
        }
        return 0;
    }

    @Command(name = "sources", description = "List the indexed sources.")
    int sources(
            @Mixin StoreOptions store,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var s : app.support.knowledgeBase().sources()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("source", s.source());
                row.put("kind", s.kind());
                row.put("chunks", s.chunks());
                row.put("ingested_at", s.ingestedAt().toString());
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    @Command(name = "search", description = "Show the passages a query retrieves.")
    int search(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "QUERY") String query,
            @Option(names = "--k", defaultValue = "5") int k,
            @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid | bm25 | vector") String mode,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var p : app.support.knowledgeBase().search(query, k, SearchMode.parse(mode))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("citation", p.chunk().citation());
                row.put("similarity", Math.round(p.similarity() * 1000) / 1000.0);
                row.put("bm25_rank", p.lexicalRank());
                row.put("vector_rank", p.vectorRank());
                String text = p.chunk().indexedText().replace('\n', ' ');
                row.put("text", text.length() > 80 ? text.substring(0, 80) + "…" : text);
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }
}
