package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;

/**
 * How far ahead to predict: purchases over {@code purchaseWeeks}, and value over {@code clvMonths} months discounted
 * at {@code monthlyDiscountRate} per month (0.01 = 1 % a month, about 12.7 % a year).
 */
public record ClvHorizon(double purchaseWeeks, int clvMonths, double monthlyDiscountRate) {
    /** A month in weeks: 365.25 / 12 / 7. */
    public static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;

    public ClvHorizon {
        if (!(purchaseWeeks >= 0) || Double.isInfinite(purchaseWeeks)) {
            throw MarketPilotException.invalid("purchase horizon must be a finite number of weeks >= 0");
        }
        if (clvMonths < 0) {
            throw MarketPilotException.invalid("CLV horizon must be >= 0 months, got " + clvMonths);
        }
        if (!(monthlyDiscountRate > -1) || Double.isInfinite(monthlyDiscountRate)) {
            throw MarketPilotException.invalid("monthly discount rate must be > -1, got " + monthlyDiscountRate);
        }
    }

    /** 52 weeks of purchases and 12 months of value at 1 % a month. */
    public static ClvHorizon oneYear() {
        return new ClvHorizon(52, 12, 0.01);
    }
}
