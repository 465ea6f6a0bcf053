package io.marketpilot.core.experiment;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What one unit did in one variant of an experiment: when it was first exposed, first clicked, first converted,
 * and the total value of its conversions. Times are empty when it never did that.
 */
public record UnitOutcome(
        String variant,
        String unitId,
        Optional<LocalDateTime> exposedAt,
        Optional<LocalDateTime> clickedAt,
        Optional<LocalDateTime> convertedAt,
        double value) {}
