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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds each segment's fact sheet: every feature against the population, the 3–4 most distinguishing cluster
 * and profile features as traits (largest |z| first, only |z| ≥ {@value #MIN_TRAIT_Z}), size, revenue share, the
 * items it buys more than the shop (see {@link DistinguishingItems}), typical sentiment, churn risk and how
 * overdue its repeat buyers are.
 */
public final class SegmentProfiler {
    public static final int MAX_TRAITS = 4;
    public static final double MIN_TRAIT_Z = 0.3;

    /** Facts without churn risk or distinguishing items. */
    public List<SegmentFacts> profile(FeatureSnapshot snapshot, int[] labels, int k) {
        return profile(
                snapshot,
                labels,
                k,
                Optional.empty(),
                new DistinguishingItems.Result(DistinguishingItems.Kind.CATEGORY, List.of()));
    }

    /**
     * The facts of each segment: size, revenue share, traits, what it buys, sentiment, churn risk and overdue share.
     *
     * @param churnRisk per snapshot row, the predicted churn risk (NaN where unknown), when a model supplied it
     * @param items what each segment buys more than the shop
     */
    public List<SegmentFacts> profile(
            FeatureSnapshot snapshot,
            int[] labels,
            int k,
            Optional<double[]> churnRisk,
            DistinguishingItems.Result items) {
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
            final int seg = s;
            Map<String, FeatureStat> segment = stats.get(s);
            facts.add(new SegmentFacts(
                    s,
                    sizes[s],
                    (double) sizes[s] / n,
                    totalRevenue > 0 ? revenue[s] / totalRevenue : 0.0,
                    traits(columns, segment),
                    items.kind(),
                    items.of(s),
                    sentiment(segment),
                    churnRisk.map(risk -> segmentMean(risk, labels, seg)).orElse(OptionalDouble.empty()),
                    overdue(snapshot, labels, seg),
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
            // columnStats put every column's stat into every segment's map
            FeatureStat stat = Objects.requireNonNull(segment.get(column.name()));
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

    private static OptionalDouble segmentMean(double[] values, int[] labels, int segment) {
        double sum = 0;
        int m = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == segment && !Double.isNaN(values[i])) {
                sum += values[i];
                m++;
            }
        }
        return m == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / m);
    }

    /** Median of recency / cadence over the segment's repeat buyers: how many usual gaps they have let pass. */
    private static OptionalDouble overdue(FeatureSnapshot snapshot, int[] labels, int segment) {
        int recency = snapshot.definition().indexOf(FeatureDefinition.RECENCY).orElseThrow();
        int frequency =
                snapshot.definition().indexOf(FeatureDefinition.FREQUENCY).orElseThrow();
        int cadence = snapshot.definition().indexOf(FeatureDefinition.CADENCE).orElseThrow();
        double[][] matrix = snapshot.matrix();
        double[] ratios = new double[labels.length];
        int m = 0;
        for (int i = 0; i < labels.length; i++) {
            double[] row = matrix[i];
            if (labels[i] == segment && row[frequency] >= 2 && row[cadence] > 0) {
                ratios[m++] = row[recency] / row[cadence];
            }
        }
        return m == 0 ? OptionalDouble.empty() : OptionalDouble.of(Quantiles.median(Arrays.copyOf(ratios, m)));
    }

    private static OptionalDouble sentiment(Map<String, FeatureStat> segment) {
        FeatureStat stat = segment.get(FeatureDefinition.SENTIMENT);
        return stat == null || Double.isNaN(stat.segmentMedian())
                ? OptionalDouble.empty()
                : OptionalDouble.of(stat.segmentMedian());
    }
}
