package io.marketpilot.predict.clv;

import java.time.LocalDate;
import java.util.List;

/**
 * The per-customer summaries of a calibration period, with what was left out of them so that a report can say so.
 *
 * @param customers one summary per customer who bought on or before the calibration end, ordered by customer id
 * @param futureTransactionsExcluded rows dated after the calibration end, which the summaries ignore
 * @param sameDayRowsMerged rows folded into another row of the same customer and day (one purchase occasion)
 */
public record RfmSummaries(
        LocalDate calibrationEnd, List<RfmSummary> customers, int futureTransactionsExcluded, int sameDayRowsMerged) {
    public RfmSummaries {
        customers = List.copyOf(customers);
    }
}
