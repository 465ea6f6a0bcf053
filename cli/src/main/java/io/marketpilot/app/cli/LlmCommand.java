package io.marketpilot.app.cli;

import io.marketpilot.app.llm.LlmUsageReport;
import io.marketpilot.app.llm.Ping;
import io.marketpilot.app.llm.StatusView;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LlmUsageLog;
import io.marketpilot.llm.privacy.KnownNames;
import io.marketpilot.llm.privacy.PiiRedactor;
import io.marketpilot.llm.privacy.RedactionEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marketpilot llm status|usage|ping|redact|pii-eval}: the configured language model, what it has cost, a live
 * check, and the redactor that guards what leaves the process.
 */
@Command(
        name = "llm",
        description = "The configured language model (MARKETPILOT_LLM_PROVIDER, …): status, usage, a ping, and the"
                + " PII redactor.")
public final class LlmCommand {
    @Command(name = "status", description = "Provider, model, endpoint, circuit breaker and redaction.")
    int status(
            @Mixin StoreOptions store,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        try (Services app = store.open()) {
            Map<String, Object> view = StatusView.of(app.llm.status());
            if (format.equalsIgnoreCase("json")) {
                Output.json(view, System.out);
            } else {
                Output.rows(
                        view.entrySet().stream()
                                .map(e -> {
                                    Map<String, Object> row = new LinkedHashMap<>();
                                    row.put("setting", e.getKey());
                                    row.put("value", String.valueOf(e.getValue()));
                                    return row;
                                })
                                .toList(),
                        "table",
                        System.out);
            }
        }
        return 0;
    }

    @Command(
            name = "usage",
            description = "Calls, tokens, latency, cost, cache hits and failures per provider, model" + " and feature.")
    int usage(
            @Mixin StoreOptions store,
            @Option(names = "--days", defaultValue = "30", description = "Period in days (default 30)") int days,
            @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
                    String format) {
        try (Services app = store.open()) {
            LlmUsageReport report = LlmUsageReport.of(app.llmUsage, app.clock, days);
            if (format.equalsIgnoreCase("json")) {
                Output.json(report, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (LlmUsageLog.Totals t : report.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("provider", t.provider());
                row.put("model", t.model());
                row.put("feature", t.feature());
                row.put("calls", t.calls());
                row.put("cache_hits", t.cacheHits());
                row.put("failures", t.failures());
                row.put("tokens_in", t.inputTokens());
                row.put("tokens_out", t.outputTokens());
                row.put("avg_latency_ms", Math.round(t.averageLatencyMillis()));
                row.put("cost", t.pricedCalls() == 0 ? "no price" : String.format(Locale.ROOT, "%.6f", t.cost()));
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
            if (format.equalsIgnoreCase("table")) {
                System.out.printf(
                        Locale.ROOT,
                        "%d calls in the last %d days, %d from the cache, %d failed; cost %.6f (priced calls: %d)%n",
                        report.total().calls(),
                        days,
                        report.total().cacheHits(),
                        report.total().failures(),
                        report.total().cost(),
                        report.total().pricedCalls());
            }
        }
        return 0;
    }

    @Command(
            name = "redact",
            description = "Show what the gateway would send for a text: personal data replaced by placeholders"
                    + " (customer names from the store).")
    int redact(
            @Mixin StoreOptions store,
            @Option(names = "--text", required = true, description = "The text to redact") String text) {
        try (Services app = store.open()) {
            var redactor = new PiiRedactor(() -> KnownNames.of(app.customers.names()));
            System.out.println(redactor.redact(text).texts().getFirst());
        }
        return 0;
    }

    @Command(
            name = "pii-eval",
            description = "Recall and precision of the PII redactor per type on labelled JSONL"
                    + " ({\"text\", \"spans\": [{\"start\", \"end\", \"type\"}]} per line).")
    int piiEval(
            @Mixin StoreOptions store,
            @Option(names = "--input", required = true, description = "Labelled JSONL file") Path input,
            @Option(
                            names = "--names",
                            description = "Known customer names, one per line (default: the store's customers)")
                    @Nullable
                    Path namesFile,
            @Option(names = "--format", defaultValue = "table", description = "table | json | csv") String format)
            throws IOException {
        List<String> names;
        if (namesFile != null) {
            names = Files.readAllLines(namesFile).stream()
                    .map(String::strip)
                    .filter(n -> !n.isEmpty())
                    .toList();
        } else {
            try (Services app = store.open()) {
                names = app.customers.names();
            }
        }
        List<RedactionEvaluation.Example> examples;
        try (var in = Files.newInputStream(input)) {
            examples = RedactionEvaluation.read(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw MarketPilotException.invalid("No such file: " + input);
        }
        var redactor = new PiiRedactor(() -> KnownNames.of(names));
        long started = System.nanoTime();
        var scores = RedactionEvaluation.measure(redactor, examples);
        double millis = (System.nanoTime() - started) / 1e6;
        List<Map<String, Object>> rows = new ArrayList<>();
        scores.values().forEach(sc -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", sc.type());
            row.put("labelled", sc.labelled());
            row.put("found", sc.found());
            row.put("recall", Math.round(sc.recall() * 1000) / 1000.0);
            row.put("redactions", sc.redacted());
            row.put("precision", Math.round(sc.precision() * 1000) / 1000.0);
            rows.add(row);
        });
        Output.rows(rows, format, System.out);
        if (format.equalsIgnoreCase("table")) {
            System.out.printf(
                    Locale.ROOT, "%d texts, %d known names, %.1f ms%n", examples.size(), names.size(), millis);
        }
        return 0;
    }

    @Command(name = "ping", description = "Send one tiny request to the configured model and show the answer.")
    int ping(@Mixin StoreOptions store) {
        try (Services app = store.open()) {
            var reply = Ping.send(app.languageModel, "cli");
            System.out.printf(
                    Locale.ROOT,
                    "%s %s answered \"%s\" in %d ms (%d tokens in, %d out)%n",
                    reply.provider(),
                    reply.model(),
                    reply.text().strip(),
                    reply.latencyMillis(),
                    reply.inputTokens(),
                    reply.outputTokens());
        }
        return 0;
    }
}
