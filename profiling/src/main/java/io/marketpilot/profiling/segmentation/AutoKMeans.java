package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Runs a {@link Clusterer} for a fixed k, or for every k in [2, kMax] choosing the k with the highest mean
 * silhouette (ties go to the smaller k), and reports the inertia curve for an elbow plot either way.
 */
public final class AutoKMeans {
    public static final int DEFAULT_K_MAX = 10;

    private final Clusterer clusterer;

    public AutoKMeans(Clusterer clusterer) {
        this.clusterer = clusterer;
    }

    public KMeansResult fixed(Points points, int k, long seed) {
        if (k < 1 || k > points.n()) {
            throw MarketPilotException.invalid("k=" + k + " must be between 1 and the number of points, " + points.n());
        }
        ClusterFit fit = clusterer.fit(points, k, seed);
        var scorer = new SilhouetteScorer(points, seed);
        // one cluster has no neighbour to compare with, so its silhouette is undefined
        OptionalDouble silhouette = k >= 2 ? scorer.score(fit.labels(), k) : OptionalDouble.empty();
        return result(fit, silhouette, List.of(new KScore(k, fit.inertia(), silhouette)), seed, scorer);
    }

    public KMeansResult auto(Points points, int kMax, long seed) {
        if (kMax < 2) {
            throw MarketPilotException.invalid("kMax must be at least 2, got " + kMax);
        }
        int distinct = points.distinctAtMost(kMax + 1);
        if (distinct < 2) {
            throw MarketPilotException.invalid("all " + points.n()
                    + " points are identical: there is nothing to split and the silhouette is undefined");
        }
        // a silhouette needs at least one cluster with two points, so k stops one short of the distinct points
        int kHigh = Math.min(kMax, Math.min(points.n() - 1, distinct));
        if (kHigh < 2) {
            throw MarketPilotException.invalid(
                    "choosing k needs at least 3 points, got " + points.n() + "; give a fixed k instead");
        }
        var scorer = new SilhouetteScorer(points, seed);
        List<KScore> curve = new ArrayList<>();
        ClusterFit best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= kHigh; k++) {
            ClusterFit fit = clusterer.fit(points, k, seed);
            OptionalDouble silhouette = scorer.score(fit.labels(), k);
            curve.add(new KScore(k, fit.inertia(), silhouette));
            if (silhouette.isPresent() && silhouette.getAsDouble() > bestSilhouette) {
                bestSilhouette = silhouette.getAsDouble();
                best = fit;
            }
        }
        if (best == null) {
            throw MarketPilotException.invalid("the silhouette is undefined for every k from 2 to " + kHigh
                    + " (each cluster a single point); give a fixed k instead");
        }
        return result(best, OptionalDouble.of(bestSilhouette), curve, seed, scorer);
    }

    private KMeansResult result(
            ClusterFit fit, OptionalDouble silhouette, List<KScore> curve, long seed, SilhouetteScorer scorer) {
        double[][] centroids = new double[fit.k()][];
        for (int c = 0; c < fit.k(); c++) {
            centroids[c] = fit.centroid(c);
        }
        String method = clusterer.describe() + "; silhouette "
                + (scorer.sampled() ? "on a seeded sample of " : "exact on all ") + scorer.sampleSize()
                + " points";
        return new KMeansResult(
                fit.k(), fit.labels(), centroids, fit.inertia(), silhouette, curve, seed, fit.iterations(), method);
    }
}
