package io.marketpilot.journeys.stepper;

import java.time.Instant;
import java.util.Map;

/** One event of the customer's, as the stepper reads it. */
public record SeenEvent(String type, Map<String, String> properties, Instant at) {
    public SeenEvent {
        properties = Map.copyOf(properties);
    }
}
