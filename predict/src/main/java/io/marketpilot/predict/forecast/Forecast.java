package io.marketpilot.predict.forecast;

import java.util.List;

/** Weekly forecasts of one series after the end of its history, with the model that produced them. */
public record Forecast(String seriesKey, ModelDescription model, List<ForecastPoint> points, WeeklySeries history) {
    public Forecast {
        points = List.copyOf(points);
    }
}
