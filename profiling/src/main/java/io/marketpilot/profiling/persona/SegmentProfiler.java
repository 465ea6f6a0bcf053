package io.marketpilot.profiling.persona;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.profiling.features.FeatureColumn;
import io.marketpilot.profiling.features.FeatureDefinition;
import io.marketpilot.profiling.features.FeatureSnapshot;
import io.marketpilot.profiling.features.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Builds each segment's fact sheet: every feature against the population, the 3–4 most distinguishing cluster
 * and profile features as traits (largest |z| first, only |z| ≥ {@value #MIN_TRAIT_Z}), size, revenue share, top
 * categories and typical sentiment.
 */
public final class SegmentProfiler {
    public static final int MAX_TRAITS = 4;
    public static final double MIN_TRAIT_Z = 0.3;
    public static final int MAX_TOP_CATEGORIES = 3;
    /** Below this mean spend share a category is not "top" for a segment, whatever its rank. */
    public static final double MIN_CATEGORY_SHARE = 0.05;

    public List<SegmentFacts> profile(FeatureSnapshot snapshot, int[] labels, int k) {
        int n = snapshot.rows();
        if (labels.length != n) {
            throw MarketPilotException.invalid("expected " + n + " labels, got " + labels.length);
        }
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        List<FeatureColumn> columns = snapshot.definition().columns();
        List<Map<String, FeatureStat>> stats = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            stats.add(new HashMap<>());
        }
        for (int c = 0; c < columns.size(); c++) {
            columnStats(snapshot, columns.get(c), c, labels, sizes, stats);
        }
        double[] revenue = segmentSums(snapshot.column(FeatureDefinition.MONETARY), labels, k);
        double totalRevenue = Arrays.stream(revenue).sum();
        List<SegmentFacts> facts = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            Map<String, FeatureStat> segment = stats.get(s);
            facts.add(new SegmentFacts(
                    s,
                    sizes[s],
                    (double) sizes[s] / n,
                    totalRevenue > 0 ? revenue[s] / totalRevenue : 0.0,
                    traits(columns, segment),
                    topCategories(columns, segment),
                    sentiment(segment),
                    segment));
        }
        return facts;
    }

    private static void columnStats(
            FeatureSnapshot snapshot,
            FeatureColumn column,
            int c,
            int[] labels,
            int[] sizes,
            List<Map<String, FeatureStat>> stats) {
        int n = labels.length;
        int k = sizes.length;
        double[][] members = new double[k][];
        int[] filled = new int[k];
        for (int s = 0; s < k; s++) {
            members[s] = new double[sizes[s]];
        }
        double[] all = new double[n];
        for (int i = 0; i < n; i++) {
            double value = snapshot.matrix()[i][c];
            all[i] = value;
            members[labels[i]][filled[labels[i]]++] = value;
        }
        Moments population = Moments.of(all, column);
        double populationMedian = Quantiles.median(all);
        for (int s = 0; s < k; s++) {
            Moments segment = Moments.of(members[s], column);
            double z = population.sd > 0 ? (segment.analysisMean - population.analysisMean) / population.sd : 0.0;
            stats.get(s)
                    .put(
                            column.name(),
                            new FeatureStat(
                                    column.name(),
                                    segment.mean,
                                    Quantiles.median(members[s]),
                                    population.mean,
                                    populationMedian,
                                    z));
        }
    }

    /** Means of the finite values (sentiment has NaN for customers without reviews). */
    private record Moments(double mean, double analysisMean, double sd) {
        static Moments of(double[] values, FeatureColumn column) {
            double sum = 0;
            double analysisSum = 0;
            int m = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    analysisSum += column.toAnalysisScale(v);
                    m++;
                }
            }
            if (m == 0) {
                return new Moments(Double.NaN, Double.NaN, 0);
            }
            double analysisMean = analysisSum / m;
            double squares = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    double diff = column.toAnalysisScale(v) - analysisMean;
                    squares += diff * diff;
                }
            }
            return new Moments(sum / m, analysisMean, m > 1 ? Math.sqrt(squares / (m - 1)) : 0);
        }
    }

    private static double[] segmentSums(double[] values, int[] labels, int k) {
        double[] sums = new double[k];
        for (int i = 0; i < values.length; i++) {
            sums[labels[i]] += values[i];
        }
        return sums;
    }

    private static List<Trait> traits(List<FeatureColumn> columns, Map<String, FeatureStat> segment) {
        List<FeatureStat> candidates = new ArrayList<>();
        for (FeatureColumn column : columns) {
            FeatureStat stat = segment.get(column.name());
            if (column.comparable() && Math.abs(stat.z()) >= MIN_TRAIT_Z) {
                candidates.add(stat);
            }
        }
        // stable sort: equal |z| keeps column order, so traits are deterministic
        candidates.sort(Comparator.comparingDouble((FeatureStat s) -> -Math.abs(s.z())));
        List<Trait> traits = new ArrayList<>();
        for (FeatureStat stat : candidates.subList(0, Math.min(MAX_TRAITS, candidates.size()))) {
            traits.add(new Trait(
                    stat.column(),
                    stat.z(),
                    stat.segmentMedian(),
                    stat.populationMedian(),
                    stat.ratio(),
                    TraitPhrases.describe(stat)));
        }
        return traits;
    }

    private static List<String> topCategories(List<FeatureColumn> columns, Map<String, FeatureStat> segment) {
        List<FeatureStat> shares = new ArrayList<>();
        for (FeatureColumn column : columns) {
            String name = column.name();
            if (name.startsWith(FeatureDefinition.SHARE_PREFIX)
                    && !name.equals(FeatureDefinition.SHARE_PREFIX + FeatureDefinition.OTHER_CATEGORY)
                    && segment.get(name).segmentMean() >= MIN_CATEGORY_SHARE) {
                shares.add(segment.get(name));
            }
        }
        shares.sort(Comparator.comparingDouble((FeatureStat s) -> -s.segmentMean()));
        List<String> top = new ArrayList<>();
        for (FeatureStat stat : shares.subList(0, Math.min(MAX_TOP_CATEGORIES, shares.size()))) {
            top.add(stat.column().substring(FeatureDefinition.SHARE_PREFIX.length()));
        }
        return top;
    }

    private static OptionalDouble sentiment(Map<String, FeatureStat> segment) {
        FeatureStat stat = segment.get(FeatureDefinition.SENTIMENT);
        return stat == null || Double.isNaN(stat.segmentMedian())
                ? OptionalDouble.empty()
                : OptionalDouble.of(stat.segmentMedian());
    }
}
