package io.marketpilot.predict.forecast;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.jspecify.annotations.Nullable;

/**
 * Fits the smoothing parameters of one ETS form by minimising the one-step-ahead SSE from heuristic initial states
 * ({@link InitialStates}): a coarse grid over the parameter box picks the start, then commons-math3's BOBYQA (Brent
 * for simple exponential smoothing, whose single parameter BOBYQA cannot take) refines it within the bounds.
 * Deterministic: fixed grid, no random restarts.
 */
final class EtsFitter {
    // the open unit box of alpha, beta*, gamma* and phi's position; the edges themselves are degenerate models
    private static final double LOWER = 1e-4;
    private static final double UPPER = 1 - 1e-4;
    private static final double[] ALPHA_GRID = {0.05, 0.2, 0.5, 0.8};
    private static final double[] OTHER_GRID = {0.05, 0.3};
    private static final int MAX_EVALUATIONS = 3000;
    // a finite stand-in for an unstable fit: BOBYQA's quadratic model breaks on infinities
    private static final double PENALTY_FACTOR = 1e6;

    private EtsFitter() {}

    /** The fit, or empty when the form does not apply to the series (multiplicative seasonality with zero weeks). */
    static Optional<EtsFit> fit(double[] y, EtsForm form) {
        Optional<EtsState> initial = InitialStates.of(y, form);
        if (initial.isEmpty()) {
            return Optional.empty();
        }
        Objective objective = new Objective(y, form, initial.get());
        int d = form.smoothingParameters();
        double[] start = gridStart(objective, d);
        if (!Double.isFinite(objective.bestValue)) {
            return Optional.empty();
        }
        objective.penalty = PENALTY_FACTOR * (objective.bestValue + 1);
        try {
            if (d == 1) {
                new BrentOptimizer(1e-8, 1e-12)
                        .optimize(
                                new MaxEval(MAX_EVALUATIONS),
                                new UnivariateObjectiveFunction(a -> objective.value(new double[] {a})),
                                GoalType.MINIMIZE,
                                new SearchInterval(LOWER, UPPER, start[0]));
            } else {
                double[] lower = new double[d];
                double[] upper = new double[d];
                Arrays.fill(lower, LOWER);
                Arrays.fill(upper, UPPER);
                new BOBYQAOptimizer(2 * d + 1, 0.1, 1e-6)
                        .optimize(
                                new MaxEval(MAX_EVALUATIONS),
                                new ObjectiveFunction(objective::value),
                                GoalType.MINIMIZE,
                                new InitialGuess(start),
                                new SimpleBounds(lower, upper));
            }
        } catch (TooManyEvaluationsException e) {
            // the best point seen so far is still the best fit we have; the objective kept it
        }
        EtsParameters parameters = EtsParameters.fromUnitBox(form, objective.best());
        EtsState last = initial.get().copy();
        double sse = EtsRecursion.run(y, form, parameters, last, new double[0]);
        return Optional.of(new EtsFit(form, parameters, initial.get(), last, y.length, sse));
    }

    private static double[] gridStart(Objective objective, int d) {
        double[] x = new double[d];
        int combinations = ALPHA_GRID.length * (int) Math.pow(OTHER_GRID.length, d - 1);
        for (int c = 0; c < combinations; c++) {
            int rest = c;
            x[0] = ALPHA_GRID[rest % ALPHA_GRID.length];
            rest /= ALPHA_GRID.length;
            for (int i = 1; i < d; i++) {
                x[i] = OTHER_GRID[rest % OTHER_GRID.length];
                rest /= OTHER_GRID.length;
            }
            objective.value(x);
        }
        return objective.best();
    }

    /** SSE as a function of a unit-box point, remembering the best point evaluated. */
    private static final class Objective {
        final double[] y;
        final EtsForm form;
        final EtsState initial;
        double penalty = Double.POSITIVE_INFINITY;
        double bestValue = Double.POSITIVE_INFINITY;
        double @Nullable [] bestPoint; // null until the first evaluation

        Objective(double[] y, EtsForm form, EtsState initial) {
            this.y = y;
            this.form = form;
            this.initial = initial;
        }

        /** The best point evaluated so far; the grid start evaluates at least one before anything asks. */
        double[] best() {
            if (bestPoint == null) {
                throw new IllegalStateException("no point has been evaluated yet");
            }
            return bestPoint.clone();
        }

        double value(double[] x) {
            double sse = EtsRecursion.run(y, form, EtsParameters.fromUnitBox(form, x), initial.copy(), new double[0]);
            // ties keep the earlier point, so the result does not depend on floating-point noise in equal SSEs
            if (sse < bestValue || bestPoint == null) {
                bestValue = sse;
                bestPoint = x.clone();
            }
            return Double.isFinite(sse) ? sse : penalty;
        }
    }
}
