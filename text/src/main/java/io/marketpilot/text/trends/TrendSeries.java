package io.marketpilot.text.trends;

import java.util.List;

/** One key's points over every period of the data, empty periods included, and its flags. */
public record TrendSeries(String key, int total, List<TrendPoint> points, List<TrendFlag> flags) {}
