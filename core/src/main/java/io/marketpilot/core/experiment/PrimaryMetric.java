package io.marketpilot.core.experiment;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/**
 * What an experiment decides on. Conversion and click-through are shares of exposed units (a unit counts once);
 * revenue per user is the sum of conversion values per exposed unit, zero for units that did not convert.
 */
public enum PrimaryMetric {
    CONVERSION("conversion"),
    CLICK_THROUGH("click"),
    REVENUE_PER_USER("conversion");

    private final String eventType;

    PrimaryMetric(String eventType) {
        this.eventType = eventType;
    }

    /** The event type whose units (or values) the metric counts. */
    public String eventType() {
        return eventType;
    }

    public boolean binary() {
        return this != REVENUE_PER_USER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PrimaryMetric parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (PrimaryMetric m : values()) {
            if (m.wireName().equals(t)) {
                return m;
            }
        }
        throw MarketPilotException.invalid(
                "Unknown metric '" + text + "': use conversion, click_through or revenue_per_user");
    }
}
