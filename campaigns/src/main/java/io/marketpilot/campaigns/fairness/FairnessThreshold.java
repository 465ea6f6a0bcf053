package io.marketpilot.campaigns.fairness;

import io.marketpilot.core.MarketPilotException;

/**
 * When a group's share among the recipients or the left-out strays too far from its share of the customer base, as
 * ratios the marketer can see and change. The default is the four-fifths rule: a group whose share of the recipients
 * is under 0.8 times its share of the base is flagged, as is one whose share of the recipients or of the left-out is
 * over 1.25 (= 1 / 0.8) times it; only groups of at least 30 customers in the base are judged, as smaller ones swing
 * by chance.
 */
public record FairnessThreshold(double minRatio, double maxRatio, int minGroupSize) {
    public static final FairnessThreshold FOUR_FIFTHS = new FairnessThreshold(0.8, 1.25, 30);

    public FairnessThreshold {
        if (!(minRatio > 0 && minRatio < 1)) {
            throw MarketPilotException.invalid("The lowest share ratio is between 0 and 1, was " + minRatio);
        }
        if (!(maxRatio > 1) || !Double.isFinite(maxRatio)) {
            throw MarketPilotException.invalid("The highest share ratio is above 1, was " + maxRatio);
        }
        if (minGroupSize < 1) {
            throw MarketPilotException.invalid(
                    "The smallest group judged has at least 1 customer, was " + minGroupSize);
        }
    }
}
