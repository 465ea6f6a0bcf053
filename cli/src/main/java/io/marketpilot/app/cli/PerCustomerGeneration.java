package io.marketpilot.app.cli;

import io.marketpilot.app.content.BriefContext;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.services.Services;
import io.marketpilot.content.Generation;
import io.marketpilot.content.Variant;
import io.marketpilot.content.scale.BoundedRunner;
import io.marketpilot.core.MarketPilotException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code generate --segment S --per-customer --out FILE}: one text per member of the segment, written for that
 * customer (their facts and picks), with bounded concurrency on virtual threads and a progress bar. Each failed
 * customer is retried once; the ones that still fail go to {@code FILE.failed.jsonl} with the reason.
 */
final class PerCustomerGeneration {
    private PerCustomerGeneration() {}

    static int run(Services app, GenerateRequest base, @Nullable Path out, int concurrency) throws Exception {
        if (base.segment() == null || out == null) {
            throw MarketPilotException.invalid("--per-customer needs --segment and --out FILE");
        }
        BriefContext context = app.content.context();
        List<String> members = app.content.members(base.segment(), context);
        TerminalProgress progress = TerminalProgress.forConsole();
        BoundedRunner.Outcome<Map<String, Object>> outcome = BoundedRunner.run(
                members,
                id -> row(app, base, context, id),
                concurrency,
                1,
                (done, total) -> progress.update("customers", done, total));
        progress.finish();
        try (PrintStream file = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
            outcome.results().forEach(r -> file.println(Output.compact(r)));
        }
        Path failedFile = Path.of(out + ".failed.jsonl");
        if (!outcome.failed().isEmpty()) {
            try (PrintStream file = new PrintStream(Files.newOutputStream(failedFile), false, StandardCharsets.UTF_8)) {
                outcome.failed()
                        .forEach((id, why) -> file.println(Output.compact(Map.of("customer_id", id, "error", why))));
            }
        }
        System.out.printf(
                "Wrote %d personalised texts to %s%s%n",
                outcome.results().size(),
                out,
                outcome.failed().isEmpty() ? "" : "; " + outcome.failed().size() + " failed, listed in " + failedFile);
        return 0;
    }

    private static Map<String, Object> row(
            Services app, GenerateRequest base, BriefContext context, String customerId) {
        GenerateRequest one = new GenerateRequest(
                base.channel(),
                null,
                customerId,
                base.product(),
                base.goal(),
                base.tone(),
                base.language(),
                base.network(),
                base.keywords(),
                1,
                base.seed());
        Generation g = app.content.preview(one, context, "cli");
        Variant v = g.variants().getFirst();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customer_id", customerId);
        row.put("angle", v.angle());
        row.put("fields", v.copy().fields());
        row.put("provider", v.provenance().provider());
        row.put("model", v.provenance().model());
        row.put("findings", v.findings());
        return row;
    }
}
