package io.marketpilot.journeys.stepper;

import java.time.Instant;
import java.util.List;

/**
 * What the customer did, from at least the time they entered the journey (earlier entries are ignored where the
 * journey counts from entry).
 *
 * @param orders when they placed each order
 */
public record History(List<SeenEvent> events, List<Instant> orders) {
    public static final History NONE = new History(List.of(), List.of());

    public History {
        events = List.copyOf(events);
        orders = List.copyOf(orders);
    }
}
