package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.report.GroupOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One side of a holdout comparison: customers, conversions within the attribution window, and the rates.
 *
 * @param conversionRate null for an empty group
 * @param revenuePerCustomer attributed revenue over every customer of the group, converted or not; null when empty
 */
public record GroupFigures(
        long customers,
        long conversions,
        @Nullable Double conversionRate,
        @Nullable Double revenuePerCustomer) {

    static GroupFigures of(GroupOutcome g) {
        return new GroupFigures(
                g.customers(), g.conversions(), finite(g.conversionRate()), finite(g.revenuePerCustomer()));
    }

    static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
