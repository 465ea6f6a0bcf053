package io.marketpilot.app.insight;

import io.marketpilot.profiling.features.FeatureSnapshot;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every customer's features at one date, indexed by customer for the profile page. */
public final class FeatureTable {
    private final LocalDate asOf;
    private final FeatureSnapshot snapshot;
    private final Map<String, Integer> rows = new HashMap<>();

    FeatureTable(LocalDate asOf, FeatureSnapshot snapshot) {
        this.asOf = asOf;
        this.snapshot = snapshot;
        List<String> ids = snapshot.customerIds();
        for (int i = 0; i < ids.size(); i++) {
            rows.put(ids.get(i), i);
        }
    }

    /** The features' names, e.g. {@code recency_days}: what an audience rule may compare. */
    public List<String> columns() {
        return snapshot.definition().columns().stream().map(c -> c.name()).toList();
    }

    /** One customer's feature values by name (NaN where unknown); empty when the customer has no features. */
    public Map<String, Double> values(String customerId) {
        Integer row = rows.get(customerId);
        if (row == null) {
            return Map.of();
        }
        var columns = snapshot.definition().columns();
        Map<String, Double> values = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            values.put(columns.get(c).name(), snapshot.matrix()[row][c]);
        }
        return values;
    }

    /** One customer's features with their descriptions, as the profile API and page show them. */
    Optional<Map<String, Object>> row(String customerId) {
        Integer row = rows.get(customerId);
        if (row == null) {
            return Optional.empty();
        }
        var columns = snapshot.definition().columns();
        Map<String, Object> features = new LinkedHashMap<>();
        Map<String, Object> descriptions = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double v = snapshot.matrix()[row][c];
            features.put(columns.get(c).name(), Double.isFinite(v) ? v : null);
            descriptions.put(columns.get(c).name(), columns.get(c).description());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", asOf.toString());
        out.put("definition", snapshot.definition().version());
        out.put("country", snapshot.countries().get(row));
        out.put("features", features);
        out.put("descriptions", descriptions);
        return Optional.of(out);
    }
}
