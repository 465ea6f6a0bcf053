package io.marketpilot.app.journey;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.core.journey.NewEnrolment;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.journeys.definition.CustomerDate;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.Trigger;
import io.marketpilot.journeys.entry.EntryDecision;
import io.marketpilot.journeys.entry.EntryRule;
import io.marketpilot.journeys.entry.PastEntry;
import io.marketpilot.journeys.entry.Signal;
import io.marketpilot.journeys.entry.Triggers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols customers whose trigger fired: on events as they are stored, on a model refresh (a segment entered, a
 * prediction crossing its threshold) and on the daily sweep of date triggers. Each entry passes the journey's
 * {@link EntryRule}, and the store enters a customer once however many triggers race. An event also wakes the
 * customer's enrolments, so a step waiting for it, or a goal it meets, is handled by the next claim.
 */
public final class JourneyEntrance implements Consumer<List<Event>> {
    private static final Logger LOG = LoggerFactory.getLogger(JourneyEntrance.class);
    /**
     * Candidates handled together: their past entries read at once and their entries written in one transaction, so
     * that a batch of events or a model refresh over every customer commits once per thousand rather than per entry.
     */
    private static final int CHUNK = 1_000;

    private final JourneyStores stores;
    private final JourneyDefinitions definitions;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final WebhookEvents webhooks;
    private final Clock clock;

    private JourneyEntrance(
            JourneyStores stores,
            JourneyDefinitions definitions,
            CustomerRepository customers,
            OrderRepository orders,
            WebhookEvents webhooks,
            Clock clock) {
        this.stores = stores;
        this.definitions = definitions;
        this.customers = customers;
        this.orders = orders;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /**
     * The entrance over the journey stores; built before the rest of the journeys' graph, as the event intake that
     * calls it is built before the campaigns the journeys send through.
     */
    public static JourneyEntrance over(
            JourneyStores stores, CustomerRepository customers, OrderRepository orders, Clock clock) {
        return over(stores, customers, orders, WebhookEvents.NONE, clock);
    }

    /** The entrance that also announces each entry as {@code journey.entered} to the webhook subscriptions. */
    public static JourneyEntrance over(
            JourneyStores stores,
            CustomerRepository customers,
            OrderRepository orders,
            WebhookEvents webhooks,
            Clock clock) {
        return new JourneyEntrance(
                stores, new JourneyDefinitions(stores.journeys()), customers, orders, webhooks, clock);
    }

    WebhookEvents webhooks() {
        return webhooks;
    }

    /**
     * Whether the store holds no journey at all, so nobody can enter or be in one: a shop without journeys then pays
     * nothing per event or order (an import of a million events wakes nobody, one customer at a time).
     */
    private boolean noJourneys() {
        return stores.journeys().list().isEmpty();
    }

    /** Whether an active journey enters customers on a trigger of this kind (so a caller may skip the figures). */
    boolean listensFor(Class<? extends Trigger> kind) {
        return !active(kind).isEmpty();
    }

    private List<JourneyVersion> active(Class<? extends Trigger> kind) {
        return stores.journeys().activeLatest().stream()
                .filter(v -> kind.isInstance(definitions.of(v).trigger()))
                .toList();
    }

    JourneyDefinitions definitions() {
        return definitions;
    }

    /** Events just stored (by the event intake): their customers may enter journeys, and are woken in those they are in. */
    @Override
    public void accept(List<Event> events) {
        List<Event> ofCustomers =
                events.stream().filter(e -> e.customerId() != null).toList();
        if (ofCustomers.isEmpty() || noJourneys()) {
            return;
        }
        List<JourneyVersion> active = stores.journeys().activeLatest();
        Instant now = clock.instant();
        Set<String> woken = new LinkedHashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Event e : ofCustomers) {
            String customerId = String.valueOf(e.customerId());
            candidates.add(
                    new Candidate(customerId, new Signal.EventHappened(e.type(), e.properties()), eventTrigger(e)));
            woken.add(customerId);
        }
        enter(active, candidates, now);
        // one transaction for the batch's customers: a commit per customer cost more than the entries themselves
        stores.enrolments().wakeAll(woken, now);
    }

    /** Customers who placed orders: woken in their journeys, so an order goal takes them out at the next claim. */
    public void ordersPlaced(Set<String> customerIds) {
        if (customerIds.isEmpty() || noJourneys()) {
            return;
        }
        stores.enrolments().wakeAll(customerIds, clock.instant());
    }

    /**
     * A segmentation run moved customers between segments (each customer's segment before and after; absent when in
     * none). Returns how many entered a journey.
     */
    public int segmentsChanged(Map<String, Integer> before, Map<String, Integer> after) {
        List<JourneyVersion> active = active(Trigger.EntersSegment.class);
        if (active.isEmpty()) {
            return 0;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (var e : after.entrySet()) {
            Optional<Integer> was = Optional.ofNullable(before.get(e.getKey()));
            candidates.add(new Candidate(
                    e.getKey(), new Signal.SegmentChanged(was, Optional.of(e.getValue())), Optional.empty()));
        }
        return enter(active, candidates, clock.instant());
    }

    /** A model refresh changed customers' figures (before and after, by customer). Returns how many entered a journey. */
    public int predictionsRefreshed(
            Map<String, Map<Prediction, Double>> before, Map<String, Map<Prediction, Double>> after) {
        List<JourneyVersion> active = active(Trigger.PredictionCrosses.class);
        if (active.isEmpty()) {
            return 0;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (var e : after.entrySet()) {
            Map<Prediction, Double> was = before.getOrDefault(e.getKey(), Map.of());
            candidates.add(
                    new Candidate(e.getKey(), new Signal.PredictionsRefreshed(was, e.getValue()), Optional.empty()));
        }
        return enter(active, candidates, clock.instant());
    }

    /**
     * The daily sweep of date triggers: every customer whose signup, first or last order falls {@code offsetDays}
     * before {@code today} enters. Reads the orders only when an active journey counts from an order date.
     */
    public int dayBegan(LocalDate today) {
        List<JourneyVersion> active = active(Trigger.DateRelative.class);
        if (active.isEmpty()) {
            return 0;
        }
        boolean needsOrders = active.stream()
                .anyMatch(v -> definitions.of(v).trigger() instanceof Trigger.DateRelative d
                        && d.field() != CustomerDate.SIGNUP);
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        if (needsOrders) {
            orders.forEach(o -> {
                String customerId = o.customerId();
                if (customerId != null) {
                    LocalDate day = o.orderedAt().toLocalDate();
                    first.merge(customerId, day, (a, b) -> a.isBefore(b) ? a : b);
                    last.merge(customerId, day, (a, b) -> a.isAfter(b) ? a : b);
                }
            });
        }
        Instant now = clock.instant();
        // every server sweeps each day: the day names the entry, so a second sweep takes nobody in again
        Optional<String> trigger = Optional.of("day:" + today);
        List<Candidate> candidates = new ArrayList<>();
        int[] entered = {0};
        customers.forEach(c -> {
            Map<CustomerDate, LocalDate> dates = new EnumMap<>(CustomerDate.class);
            LocalDate signup = c.signupDate();
            if (signup != null) {
                dates.put(CustomerDate.SIGNUP, signup);
            }
            Optional.ofNullable(first.get(c.id())).ifPresent(d -> dates.put(CustomerDate.FIRST_ORDER, d));
            Optional.ofNullable(last.get(c.id())).ifPresent(d -> dates.put(CustomerDate.LAST_ORDER, d));
            if (!dates.isEmpty()) {
                candidates.add(new Candidate(c.id(), new Signal.DayBegan(today, dates), trigger));
            }
            if (candidates.size() == CHUNK) {
                entered[0] += enter(active, candidates, now);
                candidates.clear();
            }
        });
        return entered[0] + enter(active, candidates, now);
    }

    /**
     * The name an event's entries carry: the intake hands an event to the triggers again when its client posts it
     * again (no answer came: the server may have died after storing it, before its triggers ran), and the store takes
     * a customer in once per name.
     */
    private static Optional<String> eventTrigger(Event e) {
        return Optional.of("event:" + e.id());
    }

    /** A customer whose trigger may have fired, with the signal and the name the entry would carry. */
    private record Candidate(String customerId, Signal signal, Optional<String> trigger) {}

    /**
     * Enters each candidate into each active journey whose trigger answers its signal and whose entry rule allows it
     * (once per trigger name where there is one), {@link #CHUNK} candidates to a read of their past entries and a
     * transaction. Returns how many entries were made.
     */
    private int enter(List<JourneyVersion> active, List<Candidate> candidates, Instant now) {
        int entered = 0;
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<Candidate> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            for (JourneyVersion version : active) {
                entered += enter(version, chunk, now);
            }
        }
        return entered;
    }

    private int enter(JourneyVersion version, List<Candidate> candidates, Instant now) {
        JourneyDefinition journey = definitions.of(version);
        List<Candidate> fired = candidates.stream()
                .filter(c -> Triggers.fires(journey.trigger(), c.signal()))
                .toList();
        if (fired.isEmpty()) {
            return 0;
        }
        Map<String, List<Enrolment>> past = stores.enrolments()
                .ofCustomers(
                        version.journeyId(),
                        fired.stream().map(Candidate::customerId).toList());
        List<NewEnrolment> entries = new ArrayList<>();
        for (Candidate c : fired) {
            List<PastEntry> before = past.getOrDefault(c.customerId(), List.of()).stream()
                    .map(e -> new PastEntry(e.enteredAt(), e.state() == EnrolmentState.ACTIVE))
                    .toList();
            if (EntryRule.decide(journey, c.customerId(), before, now) instanceof EntryDecision.Enter enter) {
                entries.add(new NewEnrolment(
                        version.journeyId(),
                        version.version(),
                        c.customerId(),
                        journey.firstStep().id(),
                        enter.holdout(),
                        now,
                        now,
                        c.trigger()));
            }
        }
        List<Enrolment> in = stores.enrolments().enrolAll(entries);
        // the callers hand over one kind of signal at a time: an intake batch's events, a run's segments, …
        String triggerKind = triggerName(fired.getFirst().signal());
        for (Enrolment e : in) {
            LOG.info("journey={} version={} entered holdout={}", e.journeyId(), e.version(), e.holdout());
            announce(e, triggerKind);
        }
        return in.size();
    }

    /**
     * {@code journey.entered}, named by the enrolment (one per entry, so a repeat queues nothing twice). Announced
     * after the entry committed: a process killed in between enrols the customer unannounced.
     */
    private void announce(Enrolment e, String triggerKind) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("journeyId", e.journeyId());
        data.put("version", e.version());
        data.put("enrolmentId", e.id());
        data.put("customerId", e.customerId());
        data.put("holdout", e.holdout());
        data.put("trigger", triggerKind);
        data.put("enteredAt", e.enteredAt().toString());
        webhooks.publish(WebhookEventType.JOURNEY_ENTERED, "journey.entered:" + e.id(), data);
    }

    /** The trigger's kind as the journey's JSON names it. */
    private static String triggerName(Signal signal) {
        return switch (signal) {
            case Signal.EventHappened ignored -> "event";
            case Signal.SegmentChanged ignored -> "segment";
            case Signal.PredictionsRefreshed ignored -> "prediction";
            case Signal.DayBegan ignored -> "date";
        };
    }
}
