package io.marketpilot.campaigns.report;

import java.util.List;

/**
 * One group's figures: customers, conversions, conversion rate, and revenue per customer (converted or not) with its
 * sample variance.
 */
public record GroupOutcome(
        long customers, long conversions, double conversionRate, double revenuePerCustomer, double revenueVariance) {

    /** The figures of these outcomes; rates and means are NaN for an empty group, the variance below two customers. */
    public static GroupOutcome of(List<CustomerOutcome> outcomes) {
        long n = outcomes.size();
        long conversions = outcomes.stream().filter(CustomerOutcome::converted).count();
        // Welford: one pass, no cancellation between a large sum of squares and a large squared mean
        double mean = 0;
        double m2 = 0;
        long k = 0;
        for (CustomerOutcome o : outcomes) {
            k++;
            double delta = o.revenue() - mean;
            mean += delta / k;
            m2 += delta * (o.revenue() - mean);
        }
        return new GroupOutcome(
                n,
                conversions,
                n == 0 ? Double.NaN : (double) conversions / n,
                n == 0 ? Double.NaN : mean,
                n < 2 ? Double.NaN : m2 / (n - 1));
    }
}
