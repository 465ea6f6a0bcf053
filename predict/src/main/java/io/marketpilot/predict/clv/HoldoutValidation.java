package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a CLV model on a calibration period and checks its purchase forecasts against the following hold-out period,
 * next to a naive baseline that extrapolates each customer's calibration rate x / T ({@code bin/marketpilot clv
 * evaluate}).
 */
public final class HoldoutValidation {
    /** Calibration frequencies from this one up share the last bucket of the by-frequency table. */
    static final int TOP_FREQUENCY = 7;

    private HoldoutValidation() {}

    /**
     * Fits on transactions up to {@code calibrationEnd} and scores the period after it up to {@code holdoutEnd}.
     * Only customers present in the calibration period are scored.
     */
    public static HoldoutReport validate(
            List<Transaction> transactions, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw MarketPilotException.invalid(
                    "hold-out end " + holdoutEnd + " must be after the calibration end " + calibrationEnd);
        }
        RfmSummaries summaries = RfmSummarizer.summarize(transactions, calibrationEnd);
        ClvModel model = ClvModel.fit(summaries);
        List<RfmSummary> customers = summaries.customers();
        int n = customers.size();
        int days = (int) ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd);
        int weeks = (days + 6) / 7;

        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(customers.get(i).customerId(), i);
        }
        int[] actual = new int[n];
        int[] actualByWeek = new int[weeks];
        Set<Long> seenDays = new HashSet<>();
        int ignored = 0;
        for (Transaction t : transactions) {
            if (!t.date().isAfter(calibrationEnd) || t.date().isAfter(holdoutEnd)) {
                continue;
            }
            Integer i = index.get(t.customerId());
            if (i == null) {
                ignored++;
                continue;
            }
            int offset = (int) ChronoUnit.DAYS.between(calibrationEnd, t.date()); // 1..days
            if (seenDays.add((long) i * (days + 1) + offset)) {
                actual[i]++;
                actualByWeek[(offset - 1) / 7]++;
            }
        }

        double[][] predicted = new double[n][];
        double[] naive = new double[n];
        BgNbdParameters bg = model.purchases().parameters();
        for (int i = 0; i < n; i++) {
            RfmSummary c = customers.get(i);
            predicted[i] = new double[weeks];
            for (int k = 0; k < weeks; k++) {
                double t = Math.min(7 * (k + 1), days) / RfmSummarizer.DAYS_PER_WEEK;
                predicted[i][k] = bg.conditionalExpectedPurchases(t, c.frequency(), c.recency(), c.age());
            }
            // a customer first seen on the calibration end has no observed rate; the baseline predicts nothing
            naive[i] = c.age() == 0 ? 0 : c.frequency() / c.age() * days / RfmSummarizer.DAYS_PER_WEEK;
        }
        return new HoldoutReport(
                model,
                holdoutEnd,
                accuracy(predicted, naive, actual),
                tracking(customers, predicted, actualByWeek, days),
                byFrequency(customers, predicted, naive, actual),
                ignored);
    }

    private static HoldoutAccuracy accuracy(double[][] predicted, double[] naive, int[] actual) {
        double[] atEnd = new double[actual.length];
        int total = 0;
        for (int i = 0; i < actual.length; i++) {
            atEnd[i] = predicted[i][predicted[i].length - 1];
            total += actual[i];
        }
        return new HoldoutAccuracy(
                actual.length, total, ForecastError.of(atEnd, actual), ForecastError.of(naive, actual));
    }

    private static List<TrackingPoint> tracking(
            List<RfmSummary> customers, double[][] predicted, int[] actualByWeek, int days) {
        List<TrackingPoint> points = new ArrayList<>(actualByWeek.length);
        double cumulativeActual = 0;
        for (int k = 0; k < actualByWeek.length; k++) {
            cumulativeActual += actualByWeek[k];
            double t = Math.min(7 * (k + 1), days) / RfmSummarizer.DAYS_PER_WEEK;
            double model = 0;
            double naive = 0;
            for (int i = 0; i < customers.size(); i++) {
                RfmSummary c = customers.get(i);
                model += predicted[i][k];
                naive += c.age() == 0 ? 0 : c.frequency() / c.age() * t;
            }
            points.add(new TrackingPoint(k + 1, cumulativeActual, model, naive));
        }
        return points;
    }

    private static List<FrequencyBucket> byFrequency(
            List<RfmSummary> customers, double[][] predicted, double[] naive, int[] actual) {
        int[] count = new int[TOP_FREQUENCY + 1];
        double[] sumActual = new double[TOP_FREQUENCY + 1];
        double[] sumPredicted = new double[TOP_FREQUENCY + 1];
        double[] sumNaive = new double[TOP_FREQUENCY + 1];
        for (int i = 0; i < customers.size(); i++) {
            int b = Math.min(customers.get(i).frequency(), TOP_FREQUENCY);
            count[b]++;
            sumActual[b] += actual[i];
            sumPredicted[b] += predicted[i][predicted[i].length - 1];
            sumNaive[b] += naive[i];
        }
        List<FrequencyBucket> buckets = new ArrayList<>();
        for (int b = 0; b <= TOP_FREQUENCY; b++) {
            if (count[b] > 0) {
                buckets.add(new FrequencyBucket(
                        b,
                        b == TOP_FREQUENCY,
                        count[b],
                        sumActual[b] / count[b],
                        sumPredicted[b] / count[b],
                        sumNaive[b] / count[b]));
            }
        }
        return buckets;
    }
}
