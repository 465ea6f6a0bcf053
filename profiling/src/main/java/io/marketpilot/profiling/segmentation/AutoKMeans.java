package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs a {@link Clusterer} for a fixed k, or for every k in [2, kMax] and lets a {@link KChoiceRule} choose k from
 * the silhouettes and inertias; either way the result carries the scores and the reasons as a {@link KChoice}.
 */
public final class AutoKMeans {
    public static final int DEFAULT_K_MAX = 10;

    private final Clusterer clusterer;
    private final KChoiceRule rule;

    public AutoKMeans(Clusterer clusterer) {
        this(clusterer, KChoiceRule.HIGHEST_SILHOUETTE);
    }

    public AutoKMeans(Clusterer clusterer, KChoiceRule rule) {
        this.clusterer = clusterer;
        this.rule = rule;
    }

    public KMeansResult fixed(Points points, int k, long seed) {
        if (k < 1 || k > points.n()) {
            throw MarketPilotException.invalid("k=" + k + " must be between 1 and the number of points, " + points.n());
        }
        ClusterFit fit = clusterer.fit(points, k, seed);
        var scorer = new SilhouetteScorer(points, seed);
        // one cluster has no neighbour to compare with, so its silhouette is undefined
        OptionalDouble silhouette = k >= 2 ? scorer.score(fit.labels(), k) : OptionalDouble.empty();
        List<KScore> curve = List.of(new KScore(k, fit.inertia(), silhouette));
        return result(fit, silhouette, curve, KChoiceRule.fixed(k, curve), seed, scorer);
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
        Map<Integer, ClusterFit> fits = new HashMap<>();
        for (int k = 2; k <= kHigh; k++) {
            ClusterFit fit = clusterer.fit(points, k, seed);
            fits.put(k, fit);
            curve.add(new KScore(k, fit.inertia(), scorer.score(fit.labels(), k)));
        }
        if (curve.stream().allMatch(s -> s.silhouette().isEmpty())) {
            throw MarketPilotException.invalid("the silhouette is undefined for every k from 2 to " + kHigh
                    + " (each cluster a single point); give a fixed k instead");
        }
        KChoice choice = rule.choose(curve, k -> noiseSilhouette(points, k, seed));
        ClusterFit chosen = fits.get(choice.k());
        if (chosen == null) {
            chosen = clusterer.fit(points, choice.k(), seed);
        }
        return result(chosen, choice.silhouetteAt(choice.k()), curve, choice, seed, scorer);
    }

    /** The silhouette of k clusters found in uniform noise over the points' ranges: the no-structure baseline. */
    private double noiseSilhouette(Points points, int k, long seed) {
        Points noise = UniformNoise.over(points, seed);
        ClusterFit fit = clusterer.fit(noise, k, seed);
        return new SilhouetteScorer(noise, seed).score(fit.labels(), k).orElse(0);
    }

    private KMeansResult result(
            ClusterFit fit,
            OptionalDouble silhouette,
            List<KScore> curve,
            KChoice choice,
            long seed,
            SilhouetteScorer scorer) {
        double[][] centroids = new double[fit.k()][];
        for (int c = 0; c < fit.k(); c++) {
            centroids[c] = fit.centroid(c);
        }
        String method = clusterer.describe() + "; silhouette "
                + (scorer.sampled() ? "on a seeded sample of " : "exact on all ") + scorer.sampleSize()
                + " points; k: " + choice.rule();
        return new KMeansResult(
                fit.k(),
                fit.labels(),
                centroids,
                fit.inertia(),
                silhouette,
                curve,
                choice,
                seed,
                fit.iterations(),
                method);
    }
}
