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
        for (Event e : ofCustomers) {
            String customerId = String.valueOf(e.customerId());
            enter(active, customerId, new Signal.EventHappened(e.type(), e.properties()), now, eventTrigger(e));
            woken.add(customerId);
        }
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
        Instant now = clock.instant();
        int entered = 0;
        for (var e : after.entrySet()) {
            Optional<Integer> was = Optional.ofNullable(before.get(e.getKey()));
            entered += enter(
                    active,
                    e.getKey(),
                    new Signal.SegmentChanged(was, Optional.of(e.getValue())),
                    now,
                    Optional.empty());
        }
        return entered;
    }

    /** A model refresh changed customers' figures (before and after, by customer). Returns how many entered a journey. */
    public int predictionsRefreshed(
            Map<String, Map<Prediction, Double>> before, Map<String, Map<Prediction, Double>> after) {
        List<JourneyVersion> active = active(Trigger.PredictionCrosses.class);
        if (active.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int entered = 0;
        for (var e : after.entrySet()) {
            Map<Prediction, Double> was = before.getOrDefault(e.getKey(), Map.of());
            entered += enter(
                    active, e.getKey(), new Signal.PredictionsRefreshed(was, e.getValue()), now, Optional.empty());
        }
        return entered;
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
                entered[0] += enter(active, c.id(), new Signal.DayBegan(today, dates), now, trigger);
            }
        });
        return entered[0];
    }

    /**
     * The name an event's entries carry: the intake hands an event to the triggers again when its client posts it
     * again (no answer came: the server may have died after storing it, before its triggers ran), and the store takes
     * a customer in once per name.
     */
    private static Optional<String> eventTrigger(Event e) {
        return Optional.of("event:" + e.id());
    }

    /**
     * Enters the customer into each active journey whose trigger answers the signal and whose entry rule allows it,
     * once per {@code trigger} when it is named.
     */
    private int enter(
            List<JourneyVersion> active, String customerId, Signal signal, Instant now, Optional<String> trigger) {
        int entered = 0;
        for (JourneyVersion version : active) {
            JourneyDefinition journey = definitions.of(version);
            if (!Triggers.fires(journey.trigger(), signal)) {
                continue;
            }
            List<PastEntry> past = stores.enrolments().ofCustomer(version.journeyId(), customerId).stream()
                    .map(e -> new PastEntry(e.enteredAt(), e.state() == EnrolmentState.ACTIVE))
                    .toList();
            if (!(EntryRule.decide(journey, customerId, past, now) instanceof EntryDecision.Enter enter)) {
                continue;
            }
            Optional<Enrolment> enrolment = stores.enrolments()
                    .enrol(new NewEnrolment(
                            version.journeyId(),
                            version.version(),
                            customerId,
                            journey.firstStep().id(),
                            enter.holdout(),
                            now,
                            now,
                            trigger));
            if (enrolment.isPresent()) {
                entered++;
                LOG.info(
                        "journey={} version={} entered holdout={}",
                        version.journeyId(),
                        version.version(),
                        enter.holdout());
                announce(enrolment.get(), signal);
            }
        }
        return entered;
    }

    /**
     * {@code journey.entered}, named by the enrolment (one per entry, so a repeat queues nothing twice). Announced
     * after the entry committed: a process killed in between enrols the customer unannounced.
     */
    private void announce(Enrolment e, Signal signal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("journeyId", e.journeyId());
        data.put("version", e.version());
        data.put("enrolmentId", e.id());
        data.put("customerId", e.customerId());
        data.put("holdout", e.holdout());
        data.put("trigger", triggerName(signal));
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
