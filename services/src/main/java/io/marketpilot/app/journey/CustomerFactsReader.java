package io.marketpilot.app.journey;

import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.campaigns.schedule.CountryTimeZones;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.stepper.CustomerFacts;
import io.marketpilot.journeys.stepper.History;
import io.marketpilot.journeys.stepper.Profile;
import io.marketpilot.journeys.stepper.SeenEvent;
import io.marketpilot.journeys.stepper.SendWindow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the stepper needs about one customer now: their events and orders since they entered, the model's
 * figures when the journey branches on them, and their sending hours. Stored events and orders carry UTC times.
 */
final class CustomerFactsReader {
    private final CustomerRepository customers;
    private final EventRepository events;
    private final OrderRepository orders;
    private final StorePredictions predictions;
    private final CountryTimeZones zones;
    private final QuietHours quietHours;

    CustomerFactsReader(
            CustomerRepository customers,
            EventRepository events,
            OrderRepository orders,
            StorePredictions predictions,
            CountryTimeZones zones,
            QuietHours quietHours) {
        this.customers = customers;
        this.events = events;
        this.orders = orders;
        this.predictions = predictions;
        this.zones = zones;
        this.quietHours = quietHours;
    }

    CustomerFacts read(JourneyDefinition journey, String customerId, Instant since, Instant now) {
        List<SeenEvent> seen = events.forCustomer(customerId).stream()
                .map(e -> new SeenEvent(e.type(), e.properties(), utc(e.occurredAt())))
                .filter(e -> !e.at().isBefore(since))
                .toList();
        List<Instant> placed = orders.forCustomer(customerId).stream()
                .map(o -> utc(o.orderedAt()))
                .filter(at -> !at.isBefore(since))
                .toList();
        Optional<Customer> customer = customers.find(customerId);
        Optional<String> country = customer.flatMap(c -> Optional.ofNullable(c.country()));
        Profile profile = readsPredictions(journey)
                ? new Profile(Map.of(), figures(customerId), Optional.empty(), Map.of())
                : Profile.UNKNOWN;
        return new CustomerFacts(
                now,
                new History(seen, placed),
                profile,
                new SendWindow(zones.zoneOf(country), Optional.empty(), quietHours));
    }

    /** The model is built (in a CLI process, inline) only for journeys that branch on its figures. */
    private static boolean readsPredictions(JourneyDefinition journey) {
        return journey.steps().stream()
                .anyMatch(s -> s instanceof Step.Branch b && b.condition() instanceof Condition.PredictionIs);
    }

    private Map<Prediction, Double> figures(String customerId) {
        Map<Prediction, Double> figures = new EnumMap<>(Prediction.class);
        predictions
                .model()
                .latest()
                .flatMap(m -> Optional.ofNullable(m.outlooks().get(customerId)))
                .ifPresent(o -> {
                    figures.put(Prediction.CHURN_RISK, o.churnRisk());
                    figures.put(Prediction.P_ALIVE, o.pAlive());
                    figures.put(Prediction.CLV, o.clv());
                });
        return figures;
    }

    private static Instant utc(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }
}
