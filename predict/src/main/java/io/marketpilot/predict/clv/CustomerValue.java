package io.marketpilot.predict.clv;

/**
 * One customer's predictions from a {@link ClvModel}.
 *
 * @param expectedPurchases expected repeat purchase days in the horizon's purchase weeks
 * @param pAlive probability that the customer is still active; churn risk is {@code 1 - pAlive}
 * @param expectedSpend expected spend per future purchase day
 * @param clv discounted expected revenue over the horizon's months (see {@link ClvModel#predict})
 */
public record CustomerValue(
        String customerId, double expectedPurchases, double pAlive, double expectedSpend, double clv) {
    public double churnRisk() {
        return 1 - pAlive;
    }
}
