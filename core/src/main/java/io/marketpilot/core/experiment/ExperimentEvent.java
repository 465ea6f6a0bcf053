package io.marketpilot.core.experiment;

import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An exposure, click or conversion of one unit in one experiment, stored in the shared events table.
 *
 * @param id the idempotency key: a second event with the same id is counted as a duplicate and not stored
 * @param value the conversion's value (revenue), 0 when it has none
 */
public record ExperimentEvent(
        String id,
        String type,
        String experimentId,
        String variant,
        String unitId,
        double value,
        @Nullable String customerId,
        LocalDateTime occurredAt) {
    public static final String EXPOSURE = "exposure";
    public static final String CLICK = "click";
    public static final String CONVERSION = "conversion";

    public static boolean isExperimentType(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return t.equals(EXPOSURE) || t.equals(CLICK) || t.equals(CONVERSION);
    }
}
