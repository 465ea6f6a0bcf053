package io.marketpilot.predict.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded weekly series with known structure for tests. */
final class SyntheticSeries {
    static final LocalDate MONDAY = LocalDate.of(2021, 1, 4);

    private SyntheticSeries() {}

    /** level + slope t + a yearly wave of the given amplitude (and its second harmonic) + N(0, noise^2). */
    static WeeklySeries trendAndSeason(
            int weeks, double level, double slope, double amplitude, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            double angle = 2 * Math.PI * t / 52;
            y[t] = level
                    + slope * t
                    + amplitude * (Math.sin(angle) + 0.5 * Math.cos(2 * angle))
                    + noise * random.nextGaussian();
        }
        return new WeeklySeries("synthetic", MONDAY, y);
    }

    /** (level + slope t) times a yearly factor 1 + depth sin, times 1 + N(0, noise^2): a season that grows. */
    static WeeklySeries growingSeason(int weeks, double level, double slope, double depth, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            double factor = 1 + depth * Math.sin(2 * Math.PI * t / 52);
            y[t] = (level + slope * t) * factor * (1 + noise * random.nextGaussian());
        }
        return new WeeklySeries("growing", MONDAY, y);
    }

    /** A Gaussian random walk from {@code start}. */
    static WeeklySeries randomWalk(int weeks, double start, double step, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[weeks];
        double v = start;
        for (int t = 0; t < weeks; t++) {
            v += step * random.nextGaussian();
            y[t] = v;
        }
        return new WeeklySeries("walk", MONDAY, y);
    }

    static WeeklySeries constant(int weeks, double value) {
        double[] y = new double[weeks];
        Arrays.fill(y, value);
        return new WeeklySeries("constant", MONDAY, y);
    }
}
