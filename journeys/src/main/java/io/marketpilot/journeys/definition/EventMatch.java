package io.marketpilot.journeys.definition;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which events count: those of one type whose properties include every listed property with exactly that value.
 *
 * @param properties the filter; empty matches every event of the type
 */
public record EventMatch(String type, Map<String, String> properties) {
    public EventMatch {
        Rules.text(type, "event type", FieldLimits.EVENT_TYPE);
        Rules.present(properties, "event properties");
        if (properties.size() > 20) {
            throw MarketPilotException.invalid("an event filter names at most 20 properties, was " + properties.size());
        }
        properties.forEach((key, value) -> {
            Rules.text(key, "event property name", FieldLimits.EVENT_TYPE);
            Rules.present(value, "event property '" + key + "'");
        });
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** Events of this type, whatever their properties. */
    public static EventMatch of(String type) {
        return new EventMatch(type, Map.of());
    }

    /** Whether an event of {@code eventType} with {@code eventProperties} counts. */
    public boolean matches(String eventType, Map<String, String> eventProperties) {
        return type.equals(eventType)
                && properties.entrySet().stream().allMatch(p -> p.getValue().equals(eventProperties.get(p.getKey())));
    }
}
