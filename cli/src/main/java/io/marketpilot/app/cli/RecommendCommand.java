package io.marketpilot.app.cli;

import io.marketpilot.app.insight.OrderFileRecommenderEvaluation;
import io.marketpilot.app.insight.UserInput;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.eval.AlgorithmResult;
import io.marketpilot.recommend.eval.EvaluationOptions;
import io.marketpilot.recommend.eval.RecommenderEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot recommend eval|train|for}: next-best products. */
@Command(
        name = "recommend",
        description = "Product recommendations: offline evaluation, training on the store, per customer.")
public final class RecommendCommand {
    @Command(
            name = "eval",
            description = "Train popularity, item-kNN, ALS and (when the file has item texts: MovieLens u.item beside"
                    + " u.data, product names of an orders file, Superstore product names) content-based and hybrid on an"
                    + " interactions file and report"
                    + " precision, recall, NDCG, MAP@k, coverage and training time per algorithm.")
    int eval(
            @Option(names = "--ratings", required = true, description = "Interactions file") Path ratings,
            @Option(
                            names = "--format",
                            defaultValue = "csv",
                            description =
                                    "orders (any orders import layout: UCI Online Retail I/II, Superstore, CDNOW, own;"
                                            + " read by the import rules) | movielens | superstore | csv"
                                            + " (user_id,item_id[,weight][,timestamp]); uci-retail = orders")
                    String format,
            @Option(names = "--split", defaultValue = "temporal", description = "temporal | random | global-time")
                    String split,
            @Option(names = "--k", defaultValue = "10") int k,
            @Option(names = "--seed", defaultValue = "42") long seed,
            @Option(names = "--tune", description = "Tune item-kNN and ALS on a validation split of the training part")
                    boolean tune,
            @Option(names = "--no-content", description = "Skip the content-based and hybrid models (no embedding)")
                    boolean noContent,
            @Option(names = "--format-out", defaultValue = "table", description = "table | json") String formatOut) {
        if (Files.isDirectory(ratings)) {
            // the reader would fail with a bare "Is a directory" that names no file
            throw MarketPilotException.invalid("--ratings takes a file; " + ratings + " is a directory");
        }
        boolean orderFile = format.equals("orders") || format.equals("uci-retail");
        List<String> args = new ArrayList<>(List.of(
                "--ratings",
                ratings.toString(),
                "--format",
                orderFile ? "csv" : format,
                "--split",
                split,
                "--k",
                String.valueOf(k),
                "--seed",
                String.valueOf(seed)));
        if (tune) {
            args.add("--tune");
        }
        if (noContent) {
            args.add("--no-content");
        }
        var report = UserInput.check(() -> {
            EvaluationOptions options = EvaluationOptions.parse(args.toArray(String[]::new));
            return orderFile
                    ? OrderFileRecommenderEvaluation.run(ratings, options)
                    : RecommenderEvaluation.run(options);
        });
        System.out.print(formatOut.equals("json") ? RecommenderEvaluation.toJson(report) : report.toTable());
        return 0;
    }

    @Command(
            name = "train",
            description = "Train on the store's sales now and print the new version's hold-out evaluation.")
    int train(@Mixin StoreOptions store) {
        try (Services app = store.open()) {
            var model = app.recommendations.retrain();
            System.out.printf(
                    "Trained version %d on %,d purchases of %,d customers and %,d products; serving %s%n",
                    model.version(),
                    model.interactions(),
                    model.customers(),
                    model.products(),
                    model.servedDescription());
            Output.rows(model.evaluation().stream().map(RecommendCommand::row).toList(), "table", System.out);
        }
        return 0;
    }

    @Command(name = "for", description = "Recommendations for one customer, with reasons.")
    int forCustomer(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "CUSTOMER") String customerId,
            @Option(names = "--k", defaultValue = "10") int k,
            @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
                    String format) {
        try (Services app = store.open()) {
            print(app, app.recommendations.forCustomer(customerId, k), format);
        }
        return 0;
    }

    @Command(name = "similar", description = "Products similar to one product, with reasons.")
    int similar(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "PRODUCT") String productId,
            @Option(names = "--k", defaultValue = "10") int k,
            @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
                    String format) {
        try (Services app = store.open()) {
            if (app.products.find(productId).isEmpty()) {
                throw MarketPilotException.notFound("Product", productId);
            }
            print(app, app.recommendations.similarProducts(productId, k), format);
        }
        return 0;
    }

    @Command(name = "versions", description = "The stored trainings, newest first, with the served algorithm.")
    int versions(
            @Mixin StoreOptions store,
            @Option(names = "--limit", defaultValue = "20") int limit,
            @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
                    String format) {
        try (Services app = store.open()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var v : app.recommendations.history(limit)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("version", v.version());
                row.put("trained_at", v.trainedAt().toString());
                row.put("served", v.served());
                row.put("customers", v.customers());
                row.put("products", v.products());
                row.put("interactions", v.interactions());
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    static Map<String, Object> row(AlgorithmResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("algorithm", r.algorithm());
        row.put("precision", r.precision());
        row.put("recall", r.recall());
        row.put("ndcg", r.ndcg());
        row.put("map", r.map());
        row.put("coverage", r.coverage());
        row.put("train_seconds", r.trainSeconds());
        return row;
    }

    /** Recommendations as rows with the product's name, in the requested format. */
    private static void print(Services app, List<Recommendation> recommendations, String format) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Recommendation r : recommendations) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("product_id", r.itemId());
            row.put("name", app.products.find(r.itemId()).map(p -> p.name()).orElse(""));
            row.put("score", r.score());
            row.put("reason", r.reason());
            rows.add(row);
        }
        Output.rows(rows, format, System.out);
    }
}
