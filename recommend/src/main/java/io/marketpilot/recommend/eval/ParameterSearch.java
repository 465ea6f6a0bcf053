package io.marketpilot.recommend.eval;

import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.als.AlsParameters;
import io.marketpilot.recommend.als.AlsRecommender;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A light grid search by NDCG@k on a validation split, which the caller carves from the training part so that the
 * test part never influences a choice.
 */
public final class ParameterSearch {
    private ParameterSearch() {}

    /** The best setting and every trial, in the order tried. */
    public record Outcome<P>(P best, List<TuningTrial> trials) {}

    /**
     * Two stages to stay light: confidence slope α × regularisation λ at the starting factor count, then the factor
     * count at the best (α, λ); iterations, CG steps and seed stay as given.
     */
    public static Outcome<AlsParameters> als(
            Split validation, int k, AlsParameters start, Consumer<TuningTrial> progress) {
        List<AlsParameters> first = new ArrayList<>();
        for (double alpha : new double[] {0.25, 1, 4, 16}) {
            for (double lambda : new double[] {0.1, 1, 10, 30, 100}) {
                first.add(start.withAlpha(alpha).withRegularization(lambda));
            }
        }
        List<TuningTrial> trials = new ArrayList<>();
        AlsParameters best = search(first, AlsRecommender::new, validation, k, trials, progress);
        List<AlsParameters> second = new ArrayList<>();
        second.add(best);
        for (int factors : new int[] {16, 32, 64, 128}) {
            if (factors != best.factors()) {
                second.add(best.withFactors(factors));
            }
        }
        best = search(second, AlsRecommender::new, validation, k, trials, progress);
        return new Outcome<>(best, trials);
    }

    public static Outcome<ItemKnnParameters> itemKnn(Split validation, int k, Consumer<TuningTrial> progress) {
        List<ItemKnnParameters> grid = new ArrayList<>();
        for (int neighbours : new int[] {25, 100, 400, 1600}) {
            for (double shrinkage : new double[] {0, 10, 50}) {
                grid.add(new ItemKnnParameters(neighbours, shrinkage));
            }
        }
        List<TuningTrial> trials = new ArrayList<>();
        ItemKnnParameters best = search(grid, ItemKnnRecommender::new, validation, k, trials, progress);
        return new Outcome<>(best, trials);
    }

    private static <P> P search(
            List<P> grid,
            Function<P, Recommender> build,
            Split validation,
            int k,
            List<TuningTrial> trials,
            Consumer<TuningTrial> progress) {
        P best = grid.get(0);
        double bestNdcg = Double.NEGATIVE_INFINITY;
        for (P parameters : grid) {
            AlgorithmResult result = Evaluator.evaluate(build.apply(parameters), validation, k);
            TuningTrial trial = new TuningTrial(result.algorithm(), result.parameters(), result.ndcg());
            trials.add(trial);
            progress.accept(trial);
            // strictly better only: on ties the earlier, cheaper setting of the grid stays
            if (result.ndcg() > bestNdcg) {
                best = parameters;
                bestNdcg = result.ndcg();
            }
        }
        return best;
    }
}
