package io.marketpilot.app.cli;

import io.marketpilot.app.insight.Segmentations;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.imports.OrderFile;
import io.marketpilot.profiling.segmentation.SegmentationResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot segment}: k-means segments with personas, from the store (stored as a run) or an orders file. */
@Command(
        name = "segment",
        description =
                "Segment customers by RFM and behaviour (k-means, automatic k by silhouette) and describe each segment as a persona.")
public final class SegmentCommand implements Callable<Integer> {
    @Option(
            names = "--orders",
            description = "Orders file in any import layout; without it the store is segmented and the run is kept")
    @Nullable
    Path file;

    @Mixin
    StoreOptions store;

    @Option(names = "--k", defaultValue = "auto", description = "auto (by silhouette) or a number of segments")
    String k;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--as-of", description = "Features as of this date (default: the day after the last order)")
    @Nullable
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "table", description = "table | jsonl | csv | json")
    String format;

    @Override
    public Integer call() {
        if (file == null) {
            try (Services app = store.open()) {
                var stored = app.segments.run(k, seed, Optional.ofNullable(asOf));
                var result = stored.summary();
                List<Map<String, Object>> rows = new ArrayList<>();
                app.segments.members(stored.run().id()).forEach(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("customer_id", m.customerId());
                    row.put("segment", m.segment());
                    row.put("distance", m.distance());
                    row.put("persona", stored.segmentName(m.segment()));
                    rows.add(row);
                });
                print(rows, stored.segments(), result, "run " + stored.run().id());
            }
            return 0;
        }
        var contents = OrderFile.read(file);
        List<Order> orders = contents.orders();
        SegmentationResult r = Segmentations.run(
                customersOf(orders),
                orders,
                contents.products(),
                List.of(),
                Optional.empty(),
                Segmentations.request(k, seed, Optional.ofNullable(asOf), orders));
        print(
                Segmentations.assignmentRows(r),
                Segmentations.segmentRows(r),
                Segmentations.summary(r),
                file.getFileName().toString());
        return 0;
    }

    private void print(
            List<Map<String, Object>> customers,
            List<Map<String, Object>> segments,
            Map<String, Object> summary,
            String source) {
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("k", summary.get("k"));
        quality.put("silhouette", summary.get("silhouette"));
        quality.put("inertia", summary.get("inertia"));
        switch (format) {
            case "json" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("customers", customers);
                out.put("segments", summary.get("segments"));
                out.put("elbow", summary.get("elbow"));
                out.put("k_choice", summary.get("kChoice"));
                out.put("method", summary.get("method"));
                out.putAll(quality);
                Output.json(out, System.out);
            }
            case "jsonl", "csv" -> {
                Output.rows(customers, format, System.out);
                if (format.equals("jsonl")) {
                    segments.forEach(s -> System.out.println(Output.compact(Map.of("segment_summary", s))));
                    System.out.println(Output.compact(quality));
                }
            }
            default -> {
                double inertia = summary.get("inertia") instanceof Number n ? n.doubleValue() : Double.NaN;
                System.out.printf(
                        "%s: %d customers in %s segments, silhouette %s, inertia %.1f%n",
                        source, customers.size(), summary.get("k"), summary.get("silhouette"), inertia);
                printKChoice(summary.get("kChoice"));
                System.out.println("Method and persona writer: " + summary.get("method"));
                Output.rows(segments.stream().map(SegmentCommand::brief).toList(), "table", System.out);
            }
        }
    }

    /** Why k is what it is: the sentence, then silhouette and inertia per k tried. */
    private static void printKChoice(@Nullable Object kChoice) {
        if (!(kChoice instanceof Map<?, ?> choice)) {
            return;
        }
        System.out.println("Why k = " + choice.get("k") + ": " + choice.get("explanation"));
        if (choice.get("perK") instanceof List<?> perK && perK.size() > 1) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object point : perK) {
                Map<?, ?> p = (Map<?, ?>) point;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("k", p.get("k"));
                row.put("silhouette", p.get("silhouette"));
                row.put("inertia", p.get("inertia"));
                row.put("note", p.get("note"));
                rows.add(row);
            }
            Output.rows(rows, "table", System.out);
        }
    }

    private static Map<String, Object> brief(Map<String, Object> s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("segment", s.get("segment"));
        row.put("persona", s.containsKey("persona") ? s.get("persona") : s.get("name"));
        row.put("size", s.get("size"));
        Object share = s.containsKey("revenue_share") ? s.get("revenue_share") : s.get("revenueShare");
        row.put("revenue_share", share);
        Object centroid = s.get("centroid");
        if (centroid instanceof Map<?, ?> c) {
            c.forEach((key, v) -> {
                if (key.equals("recency_days") || key.equals("frequency") || key.equals("monetary")) {
                    row.put(String.valueOf(key), v);
                }
            });
        } else {
            s.forEach((key, v) -> {
                if (key.equals("recency_days") || key.equals("frequency") || key.equals("monetary")) {
                    row.put(key, v);
                }
            });
        }
        return row;
    }

    /** Files carry no customer records: each customer id in the orders stands for one. */
    private static List<Customer> customersOf(List<Order> orders) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> country = new LinkedHashMap<>();
        for (Order o : orders) {
            if (o.customerId() != null) {
                ids.add(o.customerId());
                country.putIfAbsent(o.customerId(), o.country());
            }
        }
        return ids.stream()
                .map(id -> new Customer(id, null, null, country.get(id), null, null))
                .toList();
    }
}
