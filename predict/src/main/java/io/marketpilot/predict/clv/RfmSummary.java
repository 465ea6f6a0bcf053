package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;

/**
 * One customer's calibration-period history in the BTYD form: repeat purchase days, recency and age in weeks, and
 * the mean spend of the repeat purchase days.
 *
 * @param frequency number of distinct purchase days after the first one (x)
 * @param recency weeks from the first to the last purchase day (t_x); 0 when frequency is 0
 * @param age weeks from the first purchase day to the end of the calibration period (T)
 * @param meanRepeatSpend mean amount of the repeat purchase days; 0 when frequency is 0
 */
public record RfmSummary(String customerId, int frequency, double recency, double age, double meanRepeatSpend) {
    public RfmSummary {
        if (customerId == null || customerId.isBlank()) {
            throw MarketPilotException.invalid("summary needs a customer id");
        }
        if (frequency < 0 || !(recency >= 0) || !(age >= recency) || Double.isInfinite(age)) {
            throw MarketPilotException.invalid("summary of customer '" + customerId + "' needs 0 <= frequency and"
                    + " 0 <= recency <= age, got x=" + frequency + " t_x=" + recency + " T=" + age);
        }
        if (!(meanRepeatSpend >= 0) || Double.isInfinite(meanRepeatSpend)) {
            throw MarketPilotException.invalid(
                    "summary of customer '" + customerId + "' has invalid mean spend " + meanRepeatSpend);
        }
    }
}
