package io.marketpilot.app.journey;

import io.marketpilot.campaigns.schedule.CountryTimeZones;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.stepper.CustomerFacts;
import io.marketpilot.journeys.stepper.History;
import io.marketpilot.journeys.stepper.SeenEvent;
import io.marketpilot.journeys.stepper.SendWindow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the stepper needs about one customer now: their events and orders since they entered, what the models
 * and the shop know of them as far as the journey's branches ask ({@link ProfileReader}), and their sending hours
 * (zone, quiet hours and, when the journey waits for it, the send-time model's hour). Stored events and orders carry
 * UTC times.
 */
final class CustomerFactsReader {
    private final CustomerRepository customers;
    private final EventRepository events;
    private final OrderRepository orders;
    private final ProfileReader profiles;
    private final CountryTimeZones zones;
    private final QuietHours quietHours;

    CustomerFactsReader(
            CustomerRepository customers,
            EventRepository events,
            OrderRepository orders,
            ProfileReader profiles,
            CountryTimeZones zones,
            QuietHours quietHours) {
        this.customers = customers;
        this.events = events;
        this.orders = orders;
        this.profiles = profiles;
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
        return new CustomerFacts(
                now,
                new History(seen, placed),
                profiles.profile(journey, customerId),
                new SendWindow(zones.zoneOf(country), profiles.preferredHour(journey, customerId), quietHours));
    }

    private static Instant utc(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }
}
