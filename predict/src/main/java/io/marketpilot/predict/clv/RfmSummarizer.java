package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns transactions into BTYD calibration summaries (Fader, Hardie and Lee 2005): purchase occasions are distinct
 * days, times are in weeks, and the spend of a day is the sum of its rows.
 */
public final class RfmSummarizer {
    static final double DAYS_PER_WEEK = 7.0;

    private RfmSummarizer() {}

    /**
     * Summarises every customer whose first purchase is on or before {@code calibrationEnd}.
     *
     * @throws MarketPilotException with code INVALID_INPUT when there are no transactions up to the calibration end
     */
    public static RfmSummaries summarize(List<Transaction> transactions, LocalDate calibrationEnd) {
        if (transactions.isEmpty()) {
            throw MarketPilotException.invalid("no transactions to summarise");
        }
        List<Transaction> calibration = new ArrayList<>(transactions.size());
        for (Transaction t : transactions) {
            if (!t.date().isAfter(calibrationEnd)) {
                calibration.add(t);
            }
        }
        int future = transactions.size() - calibration.size();
        if (calibration.isEmpty()) {
            throw MarketPilotException.invalid("all " + future + " transactions are after the calibration end "
                    + calibrationEnd + "; nothing to fit");
        }
        calibration.sort(Comparator.comparing(Transaction::customerId).thenComparing(Transaction::date));

        List<RfmSummary> summaries = new ArrayList<>();
        int merged = 0;
        int start = 0;
        while (start < calibration.size()) {
            int end = start;
            String id = calibration.get(start).customerId();
            while (end < calibration.size() && calibration.get(end).customerId().equals(id)) {
                end++;
            }
            CustomerDays days = CustomerDays.of(calibration.subList(start, end));
            merged += (end - start) - days.count();
            summaries.add(days.summary(id, calibrationEnd));
            start = end;
        }
        return new RfmSummaries(calibrationEnd, summaries, future, merged);
    }

    /** The distinct purchase days of one customer, in date order, with the summed spend of each day. */
    private record CustomerDays(LocalDate[] dates, double[] spend, int count) {
        static CustomerDays of(List<Transaction> sortedByDate) {
            LocalDate[] dates = new LocalDate[sortedByDate.size()];
            double[] spend = new double[sortedByDate.size()];
            int n = 0;
            for (Transaction t : sortedByDate) {
                if (n > 0 && dates[n - 1].equals(t.date())) {
                    spend[n - 1] += t.amount();
                } else {
                    dates[n] = t.date();
                    spend[n] = t.amount();
                    n++;
                }
            }
            return new CustomerDays(dates, spend, n);
        }

        RfmSummary summary(String customerId, LocalDate calibrationEnd) {
            LocalDate first = dates[0];
            int frequency = count - 1;
            double recency = ChronoUnit.DAYS.between(first, dates[count - 1]) / DAYS_PER_WEEK;
            double age = ChronoUnit.DAYS.between(first, calibrationEnd) / DAYS_PER_WEEK;
            double repeatSpend = 0;
            for (int i = 1; i < count; i++) {
                repeatSpend += spend[i];
            }
            // the first purchase is left out of the mean: Gamma-Gamma models repeat spend only (Fader-Hardie note)
            double mean = frequency == 0 ? 0 : repeatSpend / frequency;
            return new RfmSummary(customerId, frequency, recency, age, mean);
        }
    }
}
