package io.marketpilot.predict.sendtime;

import java.time.DayOfWeek;

/**
 * When to message one customer: the weekday and the hour of day with the highest posterior share of their purchases.
 *
 * @param dayShare posterior mean share of the customer's purchases on {@code day}
 * @param hourShare posterior mean share of the customer's purchases in {@code hour} (0-23, local time)
 * @param purchases purchases the recommendation rests on; 0 for the group default
 */
public record SendTimeRecommendation(
        String customerId, DayOfWeek day, int hour, double dayShare, double hourShare, int purchases) {}
