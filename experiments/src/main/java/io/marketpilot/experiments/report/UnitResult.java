package io.marketpilot.experiments.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One exposed unit's outcome, as the analysis needs it.
 *
 * @param variant index of its variant (0 = control)
 * @param exposedOn day of its first exposure
 * @param succeededOn day its metric event first happened (conversion or click), empty if never
 * @param value its metric: 1/0 for a binary metric, the summed value for revenue per user
 * @param covariate its pre-period metric for CUPED, empty when unknown
 */
public record UnitResult(
        int variant, LocalDate exposedOn, Optional<LocalDate> succeededOn, double value, OptionalDouble covariate) {}
