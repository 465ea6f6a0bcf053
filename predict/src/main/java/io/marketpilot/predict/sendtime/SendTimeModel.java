package io.marketpilot.predict.sendtime;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recommends each customer's best weekday and hour to receive messages from when they bought, shrinking sparse
 * personal histories towards the group's pattern with a Dirichlet prior (see {@link DirichletPrior}).
 *
 * <p>Weekday and hour are modelled separately (7 and 24 categories): the joint 168 cells would be empty for almost
 * every customer. The group is whoever is passed to {@link #fit}: pass one segment to shrink towards that segment.
 */
public final class SendTimeModel {
    /** Prior strength used when no customer has two purchases to estimate it from. */
    public static final double FALLBACK_STRENGTH = 10;

    private static final int DAYS = 7;
    private static final int HOURS = 24;

    private final DirichletPrior weekdays;
    private final DirichletPrior hours;
    private final Map<String, Counts> customers;

    private SendTimeModel(DirichletPrior weekdays, DirichletPrior hours, Map<String, Counts> customers) {
        this.weekdays = weekdays;
        this.hours = hours;
        this.customers = customers;
    }

    /** Fits with the prior strengths estimated from the data by empirical Bayes, one for weekdays, one for hours. */
    public static SendTimeModel fit(List<PurchaseTime> purchases) {
        Map<String, Counts> counts = count(purchases);
        List<int[]> days = counts.values().stream().map(Counts::days).toList();
        List<int[]> hourCounts = counts.values().stream().map(Counts::hours).toList();
        double[] dayMean = DirichletPrior.groupMean(days, DAYS);
        double[] hourMean = DirichletPrior.groupMean(hourCounts, HOURS);
        return new SendTimeModel(
                new DirichletPrior(dayMean, DirichletPrior.estimateStrength(days, dayMean, FALLBACK_STRENGTH)),
                new DirichletPrior(hourMean, DirichletPrior.estimateStrength(hourCounts, hourMean, FALLBACK_STRENGTH)),
                counts);
    }

    /** Fits with a fixed prior strength: the number of purchases the group pattern is worth for every customer. */
    public static SendTimeModel fit(List<PurchaseTime> purchases, double strength) {
        Map<String, Counts> counts = count(purchases);
        return new SendTimeModel(
                new DirichletPrior(
                        DirichletPrior.groupMean(
                                counts.values().stream().map(Counts::days).toList(), DAYS),
                        strength),
                new DirichletPrior(
                        DirichletPrior.groupMean(
                                counts.values().stream().map(Counts::hours).toList(), HOURS),
                        strength),
                counts);
    }

    public DirichletPrior weekdayPrior() {
        return weekdays;
    }

    public DirichletPrior hourPrior() {
        return hours;
    }

    /** The recommendation for a customer seen in the fit, or empty for an unknown one (use {@link #groupDefault}). */
    public Optional<SendTimeRecommendation> recommend(String customerId) {
        Counts c = customers.get(customerId);
        return c == null ? Optional.empty() : Optional.of(recommend(customerId, c));
    }

    /** Recommendations for every customer in the fit, ordered by customer id. */
    public List<SendTimeRecommendation> recommendAll() {
        List<SendTimeRecommendation> all = new ArrayList<>(customers.size());
        customers.forEach((id, c) -> all.add(recommend(id, c)));
        return all;
    }

    /** The group's own best weekday and hour, for customers without purchases; its customer id is empty. */
    public SendTimeRecommendation groupDefault() {
        return recommend("", new Counts(new int[DAYS], new int[HOURS]));
    }

    private SendTimeRecommendation recommend(String id, Counts c) {
        double[] dayShares = weekdays.posteriorMean(c.days());
        double[] hourShares = hours.posteriorMean(c.hours());
        int day = argMax(dayShares);
        int hour = argMax(hourShares);
        int purchases = 0;
        for (int n : c.days()) {
            purchases += n;
        }
        return new SendTimeRecommendation(id, DayOfWeek.of(day + 1), hour, dayShares[day], hourShares[hour], purchases);
    }

    // ties go to the earliest day or hour, so that equal input always gives the same answer
    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Map<String, Counts> count(List<PurchaseTime> purchases) {
        if (purchases.isEmpty()) {
            throw MarketPilotException.invalid("no purchase times to learn send times from");
        }
        Map<String, Counts> counts = new TreeMap<>();
        for (PurchaseTime p : purchases) {
            Counts c = counts.computeIfAbsent(p.customerId(), id -> new Counts(new int[DAYS], new int[HOURS]));
            c.days()[p.localTime().getDayOfWeek().getValue() - 1]++;
            c.hours()[p.localTime().getHour()]++;
        }
        return counts;
    }

    /** One customer's purchases per weekday (Monday first) and per hour of day. */
    private record Counts(int[] days, int[] hours) {}
}
