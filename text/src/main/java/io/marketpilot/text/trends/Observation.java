package io.marketpilot.text.trends;

import java.time.LocalDate;

/** One review's mention of a topic or aspect on a day, with its sentiment score (NaN when it has none). */
public record Observation(String key, LocalDate day, double sentiment) {}
