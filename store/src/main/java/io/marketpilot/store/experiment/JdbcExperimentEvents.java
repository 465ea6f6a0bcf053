package io.marketpilot.store.experiment;

import io.marketpilot.core.experiment.ExperimentEvent;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.experiment.UnitOutcome;
import io.marketpilot.store.BatchWriter;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Experiment events in the shared {@code events} table (same id space, so one idempotency key covers every event),
 * and the per-unit outcomes the analysis reads back.
 */
public final class JdbcExperimentEvents implements ExperimentEvents {
    private static final List<String> COLUMNS = List.of(
            "id",
            "type",
            "customer_id",
            "product_id",
            "occurred_at",
            "properties",
            "experiment_id",
            "variant",
            "unit_id",
            "event_value");
    private static final int CHUNK = 1_000;

    private final Database db;

    public JdbcExperimentEvents(Database db) {
        this.db = db;
    }

    /**
     * Stores the events whose ids are new. Events are expected to be unique within the list (the caller counts
     * repeats); ids already stored are skipped. Returns how many were written.
     */
    @Override
    public int write(List<ExperimentEvent> events) {
        List<@Nullable Object[]> rows = new ArrayList<>(events.size());
        for (ExperimentEvent e : events) {
            rows.add(new Object[] {
                e.id(),
                e.type(),
                e.customerId(),
                null,
                e.occurredAt(),
                properties(e),
                e.experimentId(),
                e.variant(),
                e.unitId(),
                e.value()
            });
        }
        db.jdbi().useTransaction(h -> new BatchWriter(h, db.dialect())
                .insertIgnore("events", COLUMNS, List.of("id"), rows));
        return rows.size();
    }

    /** Which of these ids the events table holds already (of any kind of event). */
    @Override
    public Set<String> existingIds(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(new HashSet<>(ids));
        db.jdbi().useHandle(h -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                h.createQuery("SELECT id FROM events WHERE id IN (<ids>)")
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .mapTo(String.class)
                        .forEach(found::add);
            }
        });
        return found;
    }

    /** One row per (variant, unit) that has any event in the experiment. */
    @Override
    public List<UnitOutcome> outcomes(String experimentId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT variant, unit_id,"
                        + " MIN(CASE WHEN type = 'exposure' THEN occurred_at END) AS exposed_at,"
                        + " MIN(CASE WHEN type = 'click' THEN occurred_at END) AS clicked_at,"
                        + " MIN(CASE WHEN type = 'conversion' THEN occurred_at END) AS converted_at,"
                        + " SUM(CASE WHEN type = 'conversion' THEN event_value ELSE 0 END) AS total_value"
                        + " FROM events WHERE experiment_id = ? GROUP BY variant, unit_id ORDER BY variant, unit_id")
                .bind(0, experimentId)
                .map((rs, ctx) -> new UnitOutcome(
                        rs.getString("variant"),
                        rs.getString("unit_id"),
                        Optional.ofNullable(Sql.nullableDateTime(rs, "exposed_at")),
                        Optional.ofNullable(Sql.nullableDateTime(rs, "clicked_at")),
                        Optional.ofNullable(Sql.nullableDateTime(rs, "converted_at")),
                        rs.getDouble("total_value")))
                .list());
    }

    /**
     * Forgetting a customer also removes the experiment events whose unit is that customer's id (units are often
     * customer ids); reports then count one unit fewer.
     */
    public io.marketpilot.store.privacy.ErasureStep erasure() {
        return new io.marketpilot.store.privacy.ErasureStep() {
            @Override
            public String name() {
                return "experiment events";
            }

            @Override
            public int erase(org.jdbi.v3.core.Handle h, String customerId) {
                return h.execute("DELETE FROM events WHERE unit_id = ? AND experiment_id IS NOT NULL", customerId);
            }
        };
    }

    /** Events stored per experiment, for listings. */
    @Override
    public Map<String, Long> countsByExperiment() {
        Map<String, Long> out = new LinkedHashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT experiment_id, COUNT(*) AS n FROM events"
                        + " WHERE experiment_id IS NOT NULL GROUP BY experiment_id")
                .map((rs, ctx) -> Map.entry(rs.getString("experiment_id"), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    // The experiment fields are repeated in the properties so that the generic event listing shows them too.
    private static String properties(ExperimentEvent e) {
        StringBuilder sb = new StringBuilder(96).append("{\"experiment\":");
        quote(sb, e.experimentId()).append(",\"variant\":");
        quote(sb, e.variant()).append(",\"unit\":");
        quote(sb, e.unitId()).append(",\"value\":\"").append(e.value()).append("\"}");
        return sb.toString();
    }

    private static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"');
    }
}
