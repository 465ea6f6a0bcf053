package io.marketpilot.app.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentEvent;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.experiments.assignment.VariantAssigner;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one way events come in ({@code POST /events}, benchmarks, demo): behavioural events and experiment events
 * (exposure, click, conversion with an {@code experimentId}) in one batch. Each event is checked on its own: valid
 * ones are stored, invalid ones are listed with their index and reason, and an id seen before (in the store or
 * earlier in the batch) is counted as a duplicate, not stored twice and not an error.
 */
public final class EventIntake {
    private final ExperimentService experiments;
    private final ExperimentEvents experimentEvents;
    private final EventRepository events;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final ObjectMapper json;
    private final Clock clock;

    public EventIntake(
            ExperimentService experiments,
            ExperimentEvents experimentEvents,
            EventRepository events,
            CustomerRepository customers,
            ProductRepository products,
            ObjectMapper json,
            Clock clock) {
        this.experiments = experiments;
        this.experimentEvents = experimentEvents;
        this.events = events;
        this.customers = customers;
        this.products = products;
        this.json = json;
        this.clock = clock;
    }

    /** An event that was not stored and why; {@code id} is null when the event had none. */
    public record Rejection(int index, String id, String reason) {}

    /** What happened to a batch. */
    public record Result(int received, int saved, int duplicates, List<Rejection> rejected) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("received", received);
            m.put("saved", saved);
            m.put("duplicates", duplicates);
            m.put("rejected", rejected);
            return m;
        }
    }

    /** Takes one event object or an array of them. */
    public Result ingest(JsonNode body) {
        if (body == null || !(body.isArray() || body.isObject())) {
            throw MarketPilotException.invalid("Send an event object or an array of events");
        }
        List<JsonNode> nodes = new ArrayList<>(body.isArray() ? body.size() : 1);
        (body.isArray() ? body : List.of(body)).forEach(nodes::add);
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Object> accepted = new LinkedHashMap<>();
        int duplicates = 0;
        Map<String, Optional<Experiment>> known = new HashMap<>();
        Map<String, VariantAssigner> assigners = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String id = text(node, "id");
            try {
                Object event =
                        node.hasNonNull("experimentId") ? experimentEvent(node, known, assigners, now) : event(node);
                if (accepted.containsKey(id)) {
                    duplicates++;
                } else {
                    accepted.put(id, event);
                }
            } catch (MarketPilotException e) {
                rejected.add(new Rejection(i, id, e.getMessage()));
            }
        }
        Set<String> stored = experimentEvents.existingIds(accepted.keySet());
        duplicates += stored.size();
        List<ExperimentEvent> forExperiments = new ArrayList<>();
        List<Event> behavioural = new ArrayList<>();
        for (var entry : accepted.entrySet()) {
            if (stored.contains(entry.getKey())) {
                continue;
            }
            if (entry.getValue() instanceof ExperimentEvent e) {
                forExperiments.add(e);
            } else {
                behavioural.add((Event) entry.getValue());
            }
        }
        if (!forExperiments.isEmpty()) {
            experimentEvents.write(forExperiments);
        }
        if (!behavioural.isEmpty()) {
            events.saveAll(behavioural);
        }
        return new Result(nodes.size(), forExperiments.size() + behavioural.size(), duplicates, rejected);
    }

    private ExperimentEvent experimentEvent(
            JsonNode node,
            Map<String, Optional<Experiment>> known,
            Map<String, VariantAssigner> assigners,
            LocalDateTime now) {
        String id = requireId(node);
        String type = text(node, "type");
        if (!ExperimentEvent.isExperimentType(type)) {
            throw MarketPilotException.invalid(
                    "type of an experiment event must be exposure, click or conversion, not '" + type + "'");
        }
        String experimentId = text(node, "experimentId");
        Experiment e = known.computeIfAbsent(experimentId, experiments::find)
                .orElseThrow(() -> MarketPilotException.invalid("experiment '" + experimentId + "' is unknown"));
        if (e.status() == ExperimentStatus.DRAFT) {
            throw MarketPilotException.invalid("experiment '" + experimentId + "' has not started");
        }
        String unit = text(node, "unitId");
        if (unit == null || unit.isBlank()) {
            throw MarketPilotException.invalid("unitId is required for an experiment event");
        }
        TextRules.requireFits("unitId", unit, FieldLimits.UNIT_ID);
        double value = 0;
        if (node.has("value") && !node.get("value").isNull()) {
            JsonNode v = node.get("value");
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw MarketPilotException.invalid("value must be a number");
            }
            value = v.asDouble();
            if (value < 0) {
                throw MarketPilotException.invalid("value must not be negative, was " + v.asText());
            }
        }
        String variant = text(node, "variant");
        VariantAssigner assigner = e.bandit() ? null : assigners.computeIfAbsent(e.id(), k -> experiments.assigner(e));
        if (variant == null) {
            if (e.bandit()) {
                throw MarketPilotException.invalid("variant is required for events of a bandit experiment");
            }
            variant = e.variants().get(assigner.assign(unit)).name();
        } else {
            if (e.variantIndex(variant).isEmpty()) {
                throw MarketPilotException.invalid(
                        "variant '" + variant + "' is not one of experiment '" + experimentId + "''s variants");
            }
            if (!e.bandit()) {
                String assigned = e.variants().get(assigner.assign(unit)).name();
                if (!assigned.equals(variant)) {
                    throw MarketPilotException.invalid(
                            "unit '" + unit + "' is assigned to variant '" + assigned + "', not '" + variant + "'");
                }
            }
        }
        LocalDateTime at = node.hasNonNull("occurredAt") ? dateTime(node.get("occurredAt")) : now;
        return new ExperimentEvent(id, type.toLowerCase(Locale.ROOT), experimentId, variant, unit, value, null, at);
    }

    private Event event(JsonNode node) {
        requireId(node);
        Event e;
        try {
            e = json.treeToValue(node, Event.class);
        } catch (IOException | IllegalArgumentException ex) {
            throw MarketPilotException.invalid("invalid event: " + ex.getMessage());
        }
        if (e.type() == null || e.type().isBlank() || e.occurredAt() == null) {
            throw MarketPilotException.invalid("type and occurredAt are required");
        }
        requirePropertiesFit(e);
        if (e.customerId() != null && customers.find(e.customerId()).isEmpty()) {
            throw MarketPilotException.invalid("customer '" + e.customerId() + "' is unknown");
        }
        if (e.productId() != null && products.find(e.productId()).isEmpty()) {
            throw MarketPilotException.invalid("product '" + e.productId() + "' is unknown");
        }
        return e;
    }

    private static String requireId(JsonNode node) {
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw MarketPilotException.invalid("id is required: it makes the event idempotent");
        }
        TextRules.requireFits("id", id, FieldLimits.EVENT_ID);
        return id;
    }

    /** The store keeps an event's properties as one JSON object in a column of {@link FieldLimits#EVENT_PROPERTIES}. */
    private void requirePropertiesFit(Event e) {
        int length;
        try {
            length = json.writeValueAsString(e.properties()).length();
        } catch (IOException ex) {
            throw new IllegalStateException("a map of strings always serialises", ex);
        }
        if (length > FieldLimits.EVENT_PROPERTIES) {
            throw TextRules.tooLong("properties (as JSON)", length, FieldLimits.EVENT_PROPERTIES);
        }
    }

    private LocalDateTime dateTime(JsonNode node) {
        try {
            return json.treeToValue(node, LocalDateTime.class);
        } catch (IOException | IllegalArgumentException e) {
            throw MarketPilotException.invalid("occurredAt must be an ISO date-time such as 2026-03-01T09:30:00");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
