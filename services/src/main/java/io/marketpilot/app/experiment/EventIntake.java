package io.marketpilot.app.experiment;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentEvent;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.JsonLength;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.experiments.assignment.VariantAssigner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
    private final Consumer<List<Event>> afterStore;
    private final Clock clock;

    /**
     * @param afterStore told of the behavioural events of each batch once they are stored (the journeys' triggers):
     *     those it stored, and those stored before, since a client posts a batch again when no answer came, and the
     *     server that stored it may have died before telling; the journeys take a customer in once per event
     */
    public EventIntake(
            ExperimentService experiments,
            ExperimentEvents experimentEvents,
            EventRepository events,
            CustomerRepository customers,
            ProductRepository products,
            Consumer<List<Event>> afterStore,
            Clock clock) {
        this.experiments = experiments;
        this.experimentEvents = experimentEvents;
        this.events = events;
        this.customers = customers;
        this.products = products;
        this.afterStore = afterStore;
        this.clock = clock;
    }

    /** An event that was not stored and why; {@code id} is null when the event had none. */
    public record Rejection(int index, @Nullable String id, String reason) {}

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

    /**
     * Takes a batch of events, each given as the plain values of its JSON object by field name (texts, numbers,
     * booleans, nested maps and lists). Rejections name the event's index in the batch.
     */
    public Result ingest(List<? extends Map<String, ?>> batch) {
        List<EventFields> submitted = batch.stream().map(EventFields::new).toList();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Object> accepted = new LinkedHashMap<>();
        int duplicates = 0;
        Map<String, Optional<Experiment>> known = new HashMap<>();
        Map<String, VariantAssigner> assigners = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < submitted.size(); i++) {
            EventFields fields = submitted.get(i);
            try {
                String id = requireId(fields);
                Optional<String> experimentId = fields.text("experimentId");
                Object event = experimentId.isPresent()
                        ? experimentEvent(id, experimentId.get(), fields, known, assigners, now)
                        : event(id, fields);
                if (accepted.containsKey(id)) {
                    duplicates++;
                } else {
                    accepted.put(id, event);
                }
            } catch (MarketPilotException e) {
                rejected.add(new Rejection(i, fields.text("id").orElse(null), reason(e)));
            }
        }
        Set<String> stored = experimentEvents.existingIds(accepted.keySet());
        duplicates += stored.size();
        List<ExperimentEvent> forExperiments = new ArrayList<>();
        List<Event> behavioural = new ArrayList<>();
        List<Event> storedBefore = new ArrayList<>();
        for (var entry : accepted.entrySet()) {
            if (stored.contains(entry.getKey())) {
                if (entry.getValue() instanceof Event e) {
                    storedBefore.add(e);
                }
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
        List<Event> forTriggers = new ArrayList<>(behavioural);
        forTriggers.addAll(storedBefore);
        if (!forTriggers.isEmpty()) {
            afterStore.accept(forTriggers);
        }
        return new Result(submitted.size(), forExperiments.size() + behavioural.size(), duplicates, rejected);
    }

    private ExperimentEvent experimentEvent(
            String id,
            String experimentId,
            EventFields fields,
            Map<String, Optional<Experiment>> known,
            Map<String, VariantAssigner> assigners,
            LocalDateTime now) {
        String type = fields.text("type")
                .filter(ExperimentEvent::isExperimentType)
                .orElseThrow(() -> MarketPilotException.invalid(
                        "type of an experiment event must be exposure, click or conversion, not '"
                                + fields.shown("type") + "'"));
        Experiment e = known.computeIfAbsent(experimentId, experiments::find)
                .orElseThrow(() -> MarketPilotException.invalid("experiment '" + experimentId + "' is unknown"));
        if (e.status() == ExperimentStatus.DRAFT) {
            throw MarketPilotException.invalid("experiment '" + experimentId + "' has not started");
        }
        String unit = fields.text("unitId")
                .filter(u -> !u.isBlank())
                .orElseThrow(() -> MarketPilotException.invalid("unitId is required for an experiment event"));
        TextRules.requireFits("unitId", unit, FieldLimits.UNIT_ID);
        double value = fields.number("value").orElse(0);
        if (value < 0) {
            throw MarketPilotException.invalid("value must not be negative, was " + fields.shown("value"));
        }
        Optional<String> named = fields.text("variant");
        String variant;
        if (named.isEmpty()) {
            if (e.bandit()) {
                throw MarketPilotException.invalid("variant is required for events of a bandit experiment");
            }
            variant = assignedVariant(e, unit, assigners);
        } else {
            variant = named.get();
            if (e.variantIndex(variant).isEmpty()) {
                throw MarketPilotException.invalid(
                        "variant '" + variant + "' is not one of experiment '" + experimentId + "''s variants");
            }
            if (!e.bandit()) {
                String assigned = assignedVariant(e, unit, assigners);
                if (!assigned.equals(variant)) {
                    throw MarketPilotException.invalid(
                            "unit '" + unit + "' is assigned to variant '" + assigned + "', not '" + variant + "'");
                }
            }
        }
        // an empty occurredAt counts as absent here too: the event happened now
        LocalDateTime at = fields.dateTime("occurredAt").orElse(now);
        return new ExperimentEvent(id, type.toLowerCase(Locale.ROOT), experimentId, variant, unit, value, null, at);
    }

    /** The variant an A/B experiment's sticky assignment gives the unit (one assigner per experiment and batch). */
    private String assignedVariant(Experiment e, String unit, Map<String, VariantAssigner> assigners) {
        VariantAssigner assigner = assigners.computeIfAbsent(e.id(), k -> experiments.assigner(e));
        return e.variants().get(assigner.assign(unit)).name();
    }

    private Event event(String id, EventFields fields) {
        Event e;
        Optional<LocalDateTime> occurredAt = fields.dateTime("occurredAt");
        try {
            // an absent type or time stands in as blank (the record checks the other fields' widths first); the
            // check below then names the fields an event needs
            e = new Event(
                    id,
                    fields.scalar("type").orElse(""),
                    fields.scalar("customerId").orElse(null),
                    fields.scalar("productId").orElse(null),
                    occurredAt.orElse(LocalDateTime.MIN),
                    fields.properties("properties"));
        } catch (MarketPilotException ex) {
            throw MarketPilotException.invalid("invalid event: " + ex.getMessage());
        }
        if (e.type().isBlank() || occurredAt.isEmpty()) {
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

    private static String requireId(EventFields fields) {
        String id = fields.text("id")
                .filter(text -> !text.isBlank())
                .orElseThrow(() -> MarketPilotException.invalid("id is required: it makes the event idempotent"));
        TextRules.requireFits("id", id, FieldLimits.EVENT_ID);
        return id;
    }

    /** Every MarketPilotException carries its message (its constructors require one); the fallback never shows. */
    private static String reason(MarketPilotException e) {
        return Objects.requireNonNullElse(e.getMessage(), e.code().name());
    }

    /** The store keeps an event's properties as one JSON object in a column of {@link FieldLimits#EVENT_PROPERTIES}. */
    private static void requirePropertiesFit(Event e) {
        int length = JsonLength.of(e.properties());
        if (length > FieldLimits.EVENT_PROPERTIES) {
            throw TextRules.tooLong("properties (as JSON)", length, FieldLimits.EVENT_PROPERTIES);
        }
    }
}
