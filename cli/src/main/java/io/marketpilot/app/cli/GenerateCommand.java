package io.marketpilot.app.cli;

import io.marketpilot.app.content.ContentViews;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.services.Services;
import io.marketpilot.content.StoredEvaluation;
import io.marketpilot.content.guard.Finding;
import io.marketpilot.content.write.CopyParser;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.ContentItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot generate}: copy variants for a segment or one customer, saved as drafts for review. */
@Command(
        name = "generate",
        description = "Write copy variants (e-mail, search ad, social post, SMS, product description) for a segment's"
                + " persona or one customer, with scores and guardrail findings; saved as drafts for review.")
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--channel", required = true, description = "email | ad | social | sms | product")
    String channel;

    @Option(names = "--segment", description = "Segment number or persona name in the latest segmentation run")
    @Nullable
    String segment;

    @Option(names = "--customer", description = "One customer's id")
    @Nullable
    String customer;

    @Option(names = "--product", description = "Product id (SKU) to feature")
    @Nullable
    String product;

    @Option(names = "--goal", defaultValue = "", description = "Campaign goal, e.g. \"spring sale\", \"win back\"")
    String goal;

    @Option(names = "--tone", defaultValue = "friendly", description = "friendly | formal | playful | urgent")
    String tone;

    @Option(names = "--language", defaultValue = "en", description = "en | zh")
    String language;

    @Option(
            names = "--network",
            defaultValue = "x",
            description = "For social posts: x | instagram | linkedin | facebook | weibo")
    String network;

    @Option(names = "--keywords", split = ",", description = "Words the copy should contain (comma-separated)")
    List<String> keywords = new ArrayList<>();

    @Option(names = "--variants", defaultValue = "3", description = "How many variants, 1–10")
    int variants;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Varies the phrasing; the same seed gives the same copy")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Option(
            names = "--per-customer",
            description = "With --segment: one personalised text per member (bounded concurrency), written to --out")
    boolean perCustomer;

    @Option(names = "--out", description = "JSONL file for --per-customer")
    @Nullable
    Path out;

    @Option(names = "--concurrency", defaultValue = "8", description = "Parallel calls for --per-customer")
    int concurrency;

    @Override
    public Integer call() throws Exception {
        GenerateRequest request = new GenerateRequest(
                channel, segment, customer, product, goal, tone, language, network, keywords, variants, seed);
        try (Services app = store.open()) {
            if (perCustomer) {
                return PerCustomerGeneration.run(app, request, out, concurrency);
            }
            StoreContent.Batch batch = app.content.generate(request, "cli");
            if (format.equals("json")) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("batchId", batch.batchId());
                result.put("droppedNearDuplicates", batch.droppedNearDuplicates());
                result.put("embeddingModel", batch.embeddingModel());
                result.put(
                        "variants",
                        batch.items().stream().map(ContentViews::view).toList());
                Output.json(result, System.out);
            } else if (format.equals("table")) {
                batch.items().forEach(i -> print(i, System.out));
                System.out.printf(
                        "%d drafts in batch %s (%d near-duplicates dropped). Review with: marketpilot content approve ID%n",
                        batch.items().size(), batch.batchId(), batch.droppedNearDuplicates());
            } else {
                throw MarketPilotException.invalid("Unknown format '" + format + "': use table or json");
            }
        }
        return 0;
    }

    /** One variant for people: header, fields, scores and findings. */
    static void print(ContentItem item, java.io.PrintStream out) {
        Map<String, Object> v = ContentViews.view(item);
        out.printf(
                "#%s  %s · %s · angle %s · %s/%s · %s%n",
                v.get("id"),
                v.get("channel"),
                v.get("language"),
                v.get("angle"),
                v.get("provider"),
                v.get("model"),
                v.get("status"));
        if (!item.provenance().note().isEmpty()) {
            out.println("  note: " + item.provenance().note());
        }
        CopyParser.storedFields(item.fields()).forEach((k, value) -> {
            String text = value instanceof List<?> l
                    ? String.join(" | ", l.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            out.println("  " + k + ": " + text.replace("\n", "\n    "));
        });
        out.println("  scores: " + v.get("scores"));
        for (Finding f : StoredEvaluation.fromJson(item.evaluation()).findings()) {
            out.println("  " + f.severity() + " [" + f.rule() + "] " + f.message());
        }
        out.println();
    }
}
