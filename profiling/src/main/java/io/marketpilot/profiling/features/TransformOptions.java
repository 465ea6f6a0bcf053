package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;

/**
 * How cluster columns are prepared for k-means: always signed log1p (per column scale) and robust scaling,
 * clipped at {@code clip} interquartile ranges from the median; optionally a PCA that keeps the leading
 * components explaining {@code pcaVariance} of the variance.
 *
 * @param clip scaled values beyond ±clip count as ±clip, so that a handful of extreme customers (wholesalers,
 *     returns exceeding purchases) cannot claim a segment of their own; infinity disables it
 * @param pca whether to project onto principal components
 * @param pcaVariance the share of variance the kept components must explain, in (0, 1]
 */
public record TransformOptions(double clip, boolean pca, double pcaVariance) {
    public static final double DEFAULT_CLIP = 3.0;

    public TransformOptions {
        if (!(clip > 0)) {
            throw MarketPilotException.invalid("clip must be positive, got " + clip);
        }
        if (pca && !(pcaVariance > 0 && pcaVariance <= 1)) {
            throw MarketPilotException.invalid("PCA variance to keep must be in (0, 1], got " + pcaVariance);
        }
    }

    public static TransformOptions robustScaling() {
        return new TransformOptions(DEFAULT_CLIP, false, 1.0);
    }

    public static TransformOptions withPca(double varianceToKeep) {
        return new TransformOptions(DEFAULT_CLIP, true, varianceToKeep);
    }

    public TransformOptions withClip(double clip) {
        return new TransformOptions(clip, pca, pcaVariance);
    }
}
