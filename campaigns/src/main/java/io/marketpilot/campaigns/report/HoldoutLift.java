package io.marketpilot.campaigns.report;

import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The campaign's incremental effect: recipients against the holdout, on conversion (difference of two proportions,
 * with Newcombe's hybrid score interval, method 10 of Newcombe 1998, which keeps its coverage near the nominal level
 * at the small rates and small holdouts campaigns have, where the Wald interval is too narrow and can leave [-1, 1])
 * and on revenue per customer (difference of means with Welch's interval, as the two groups' revenue variances
 * differ and most customers' revenue is 0).
 */
public final class HoldoutLift {
    private HoldoutLift() {}

    /** Compares the groups at the given confidence level (e.g. 0.95). */
    public static LiftReport compare(
            List<CustomerOutcome> recipients, List<CustomerOutcome> holdout, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw MarketPilotException.invalid("A confidence level is between 0 and 1, was " + confidence);
        }
        GroupOutcome treated = GroupOutcome.of(recipients);
        GroupOutcome control = GroupOutcome.of(holdout);
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        Optional<Interval> conversion = treated.customers() == 0 || control.customers() == 0
                ? Optional.empty()
                : Optional.of(newcombe(
                        treated.conversions(), treated.customers(), control.conversions(), control.customers(), z));
        Optional<Double> relative = control.conversionRate() > 0
                ? Optional.of(treated.conversionRate() / control.conversionRate() - 1)
                : Optional.empty();
        double revenueDifference = treated.revenuePerCustomer() - control.revenuePerCustomer();
        Optional<Welch> welch = welch(treated, control, confidence);
        return new LiftReport(
                treated,
                control,
                confidence,
                treated.conversionRate() - control.conversionRate(),
                conversion,
                relative,
                revenueDifference,
                welch.map(Welch::interval),
                welch.map(Welch::degreesOfFreedom));
    }

    /** Newcombe's hybrid score interval for p1 - p2, from the two Wilson score intervals. */
    static Interval newcombe(long x1, long n1, long x2, long n2, double z) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = wilson(x1, n1, z);
        Interval w2 = wilson(x2, n2, z);
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double high = d + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new Interval(low, high);
    }

    /** The Wilson score interval for x successes in n trials. */
    static Interval wilson(long x, long n, double z) {
        double z2 = z * z;
        double centre = (x + z2 / 2) / (n + z2);
        double half = z * Math.sqrt((double) x * (n - x) / n + z2 / 4) / (n + z2);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    private record Welch(Interval interval, double degreesOfFreedom) {}

    private static Optional<Welch> welch(GroupOutcome a, GroupOutcome b, double confidence) {
        if (a.customers() < 2 || b.customers() < 2) {
            return Optional.empty();
        }
        double va = a.revenueVariance() / a.customers();
        double vb = b.revenueVariance() / b.customers();
        double se2 = va + vb;
        if (!(se2 > 0)) {
            return Optional.empty();
        }
        double df = se2 * se2 / (va * va / (a.customers() - 1) + vb * vb / (b.customers() - 1));
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double d = a.revenuePerCustomer() - b.revenuePerCustomer();
        double half = t * Math.sqrt(se2);
        return Optional.of(new Welch(new Interval(d - half, d + half), df));
    }

    private static double square(double x) {
        return x * x;
    }
}
