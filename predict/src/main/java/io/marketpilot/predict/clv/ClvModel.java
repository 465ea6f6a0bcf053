package io.marketpilot.predict.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted customer-lifetime-value model: BG/NBD for how often customers buy and whether they are still active,
 * Gamma-Gamma for how much they spend, with the calibration period they were fitted on.
 *
 * @param futureTransactionsExcluded transactions after the calibration end that the fit did not see
 */
public record ClvModel(
        BgNbdFit purchases, GammaGammaFit spend, LocalDate calibrationEnd, int futureTransactionsExcluded) {

    /** Fits both sub-models on the same calibration summaries. */
    public static ClvModel fit(RfmSummaries summaries) {
        return new ClvModel(
                BgNbdFitter.fit(summaries.customers()),
                GammaGammaFitter.fit(summaries.customers()),
                summaries.calibrationEnd(),
                summaries.futureTransactionsExcluded());
    }

    /** Customers in the BG/NBD fit. */
    public int customers() {
        return purchases.customers();
    }

    /**
     * Predicts one customer. The CLV is the Gamma-Gamma expected spend times the discounted BG/NBD purchases month by
     * month:
     *
     * <pre>
     * clv = E[M | x, m] * sum over k = 1..K of (E[Y(k w) | x, t_x, T] - E[Y((k - 1) w) | x, t_x, T]) / (1 + d)^k
     * </pre>
     *
     * with K = {@code clvMonths}, w = {@link ClvHorizon#WEEKS_PER_MONTH} and d = {@code monthlyDiscountRate}. It is
     * revenue, not margin: multiply by a margin to get profit.
     */
    public CustomerValue predict(RfmSummary customer, ClvHorizon horizon) {
        BgNbdParameters bg = purchases.parameters();
        int x = customer.frequency();
        double tx = customer.recency();
        double t = customer.age();
        double spendPerPurchase = spend.parameters().conditionalExpectedSpend(x, customer.meanRepeatSpend());
        double discountedPurchases = 0;
        double previous = 0;
        double discount = 1;
        for (int k = 1; k <= horizon.clvMonths(); k++) {
            double cumulative = bg.conditionalExpectedPurchases(k * ClvHorizon.WEEKS_PER_MONTH, x, tx, t);
            discount /= 1 + horizon.monthlyDiscountRate();
            discountedPurchases += (cumulative - previous) * discount;
            previous = cumulative;
        }
        return new CustomerValue(
                customer.customerId(),
                bg.conditionalExpectedPurchases(horizon.purchaseWeeks(), x, tx, t),
                bg.probabilityAlive(x, tx, t),
                spendPerPurchase,
                spendPerPurchase * discountedPurchases);
    }

    /** Predicts every customer, in the order given. */
    public List<CustomerValue> predict(List<RfmSummary> customers, ClvHorizon horizon) {
        List<CustomerValue> values = new ArrayList<>(customers.size());
        for (RfmSummary c : customers) {
            values.add(predict(c, horizon));
        }
        return values;
    }
}
