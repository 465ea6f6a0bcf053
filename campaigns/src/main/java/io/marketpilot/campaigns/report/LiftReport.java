package io.marketpilot.campaigns.report;

import java.util.Optional;

/**
 * Whether a campaign worked: its recipients against its holdout.
 *
 * @param confidence the intervals' confidence level, e.g. 0.95
 * @param conversionDifference recipients' conversion rate minus the holdout's (absolute, in rate units)
 * @param conversionInterval Newcombe's hybrid score interval for that difference; empty when a group is empty
 * @param relativeLift the recipients' rate over the holdout's, minus 1; empty when the holdout converted nobody
 * @param revenueDifference revenue per recipient minus revenue per holdout customer
 * @param revenueInterval Welch's interval for that difference; empty with fewer than two customers in a group or no
 *     variation in revenue at all
 * @param revenueDegreesOfFreedom the Welch–Satterthwaite degrees of freedom behind {@code revenueInterval}
 */
public record LiftReport(
        GroupOutcome recipients,
        GroupOutcome holdout,
        double confidence,
        double conversionDifference,
        Optional<Interval> conversionInterval,
        Optional<Double> relativeLift,
        double revenueDifference,
        Optional<Interval> revenueInterval,
        Optional<Double> revenueDegreesOfFreedom) {}
