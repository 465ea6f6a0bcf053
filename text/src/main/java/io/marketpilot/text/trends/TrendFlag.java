package io.marketpilot.text.trends;

import java.time.LocalDate;

/**
 * A period that stands out against its trailing window.
 *
 * @param kind {@code rising} (volume) or {@code sentiment_drop}
 * @param value the period's volume or mean sentiment
 * @param baseline the trailing window's mean
 * @param z (value − baseline) / max(trailing sd, floor)
 */
public record TrendFlag(String key, LocalDate period, String kind, double value, double baseline, double z) {}
