package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;

/**
 * Settings of {@link LloydKMeans}.
 *
 * @param restarts independent k-means++ seedings; the lowest inertia wins
 * @param maxIterations cap on assignment passes per restart
 * @param tolerance stop once the centres move less than this in total squared distance, relative to the mean
 *     per-feature variance (scikit-learn's rule and default); 0 runs until no label changes, as Commons Math
 *     and Tribuo do, which on large overlapping data can take hundreds of passes for a few flipping points
 * @param parallelism worker threads; 0 uses the common fork-join pool. Results never depend on it.
 */
public record KMeansOptions(int restarts, int maxIterations, double tolerance, int parallelism) {
    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-4;

    public KMeansOptions {
        if (restarts < 1) {
            throw MarketPilotException.invalid("restarts must be at least 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw MarketPilotException.invalid("max iterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw MarketPilotException.invalid("tolerance must be zero or positive, got " + tolerance);
        }
        if (parallelism < 0) {
            throw MarketPilotException.invalid("parallelism must not be negative, got " + parallelism);
        }
    }

    public static KMeansOptions defaults() {
        return new KMeansOptions(DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, 0);
    }

    public KMeansOptions withRestarts(int restarts) {
        return new KMeansOptions(restarts, maxIterations, tolerance, parallelism);
    }

    public KMeansOptions withParallelism(int parallelism) {
        return new KMeansOptions(restarts, maxIterations, tolerance, parallelism);
    }
}
