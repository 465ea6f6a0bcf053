package io.marketpilot.text.trends;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** Volume and mean sentiment of one key in one period. */
public record TrendPoint(LocalDate period, int volume, OptionalDouble meanSentiment) {}
