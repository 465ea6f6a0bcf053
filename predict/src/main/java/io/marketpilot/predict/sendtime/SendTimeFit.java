package io.marketpilot.predict.sendtime;

/**
 * What an evaluation's model was fitted on and what it learnt: the provenance of its figures.
 *
 * @param purchases purchases before the split
 * @param customers customers with at least one purchase before the split
 * @param weekdayStrength empirical-Bayes prior strength for weekdays, in pseudo-purchases
 * @param hourStrength empirical-Bayes prior strength for hours, in pseudo-purchases
 * @param globalWindow the group default, sent to everyone by {@link SendTimeMethod#GLOBAL}
 */
public record SendTimeFit(
        int purchases,
        int customers,
        double weekdayStrength,
        double hourStrength,
        SendTimeRecommendation globalWindow) {}
