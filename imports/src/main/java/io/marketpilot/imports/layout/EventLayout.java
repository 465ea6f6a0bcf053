package io.marketpilot.imports.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MarketPilot's event layout: id (optional: derived from the content when absent, so replays stay idempotent),
 * type, customer_id, product_id, occurred_at and properties (a JSON object); other columns become properties too.
 */
final class EventLayout implements Layout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN =
            Set.of("id", "type", "customerid", "productid", "occurredat", "properties");

    @Override
    public String name() {
        return "marketpilot";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EVENTS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("type", "occurredat");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        Set<String> seen = new HashSet<>();
        for (SourceRow row : rows) {
            var type = f.text(row, "type");
            var customerId = f.optionalId(row, "customerid");
            var productId = f.optionalId(row, "productid");
            var at = f.dateTime(row, "occurredat");
            Optional<Map<String, String>> readProperties = properties(row, errors);
            if (type.isEmpty() || at.isEmpty() || readProperties.isEmpty()) {
                continue;
            }
            Map<String, String> properties = readProperties.get();
            // The widths of the store's columns: a longer value is a row error rather than a failed write.
            if (type.get().length() > FieldLimits.EVENT_TYPE) {
                errors.add(row, "type", "is longer than " + FieldLimits.EVENT_TYPE + " characters");
                continue;
            }
            if (row.get("id").length() > FieldLimits.EVENT_ID) {
                errors.add(row, "id", "is longer than " + FieldLimits.EVENT_ID + " characters");
                continue;
            }
            if (json(properties).length() > FieldLimits.EVENT_PROPERTIES) {
                errors.add(row, "properties", "take more than " + FieldLimits.EVENT_PROPERTIES + " characters as JSON");
                continue;
            }
            String id = row.has("id")
                    ? row.get("id")
                    : ContentId.of(
                            "evt", type.get(), customerId.orElse(""), productId.orElse(""), at.get(), properties);
            if (!seen.add(id)) {
                errors.add(row, "id", "event '" + id + "' appears twice in the file");
                continue;
            }
            customerId.ifPresent(c -> batch.requires("customers", c, row, "customer_id"));
            productId.ifPresent(p -> batch.requires("products", p, row, "product_id"));
            batch.events.add(
                    new Event(id, type.get(), customerId.orElse(null), productId.orElse(null), at.get(), properties));
        }
    }

    private static String json(Map<String, String> properties) {
        try {
            return JSON.writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** The row's properties, or empty when its properties column is refused (the reason is in {@code errors}). */
    private static Optional<Map<String, String>> properties(SourceRow row, RowErrors errors) {
        Map<String, String> props = new LinkedHashMap<>();
        if (row.has("properties")) {
            try {
                JsonNode node = JSON.readTree(row.get("properties"));
                if (!node.isObject()) {
                    errors.add(row, "properties", "must be a JSON object");
                    return Optional.empty();
                }
                node.properties()
                        .forEach(e -> props.put(
                                e.getKey(),
                                e.getValue().isValueNode()
                                        ? e.getValue().asText()
                                        : e.getValue().toString()));
            } catch (JsonProcessingException e) {
                errors.add(row, "properties", "is not valid JSON: " + e.getOriginalMessage());
                return Optional.empty();
            }
        }
        row.values().forEach((k, v) -> {
            if (!KNOWN.contains(k) && v != null && !v.isBlank()) {
                props.put(k, v.strip());
            }
        });
        return Optional.of(props);
    }
}
