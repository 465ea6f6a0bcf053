package io.marketpilot.predict.clv;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a function of positive parameters over their logarithms with commons-math3's BOBYQA, which needs no
 * gradient and is deterministic, and refuses to report a maximum that sits on the search box.
 */
final class LogSpaceMaximizer {
    // exp(+-12) spans 6e-6 .. 1.6e5: wider than any BTYD parameter on week or day scales; a fit that wants to leave
    // the box is a degenerate likelihood (too little data), not a real optimum
    private static final double LOG_BOUND = 12;
    private static final double BOUND_MARGIN = 1e-3;
    private static final double STOPPING_RADIUS = 1e-10;
    private static final int MAX_EVALUATIONS = 20_000;

    private LogSpaceMaximizer() {}

    /** The optimum in parameter (not log) space, its value and how many evaluations it took. */
    record Maximum(double[] parameters, double value, int evaluations) {}

    /**
     * Maximises {@code objective}, which receives parameters in natural scale, starting from {@code start}.
     *
     * @param names parameter names for error messages
     */
    static Maximum maximize(ToDoubleFunction<double[]> objective, double[] start, String model, String... names) {
        int n = start.length;
        double[] logStart = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            logStart[i] = Math.log(start[i]);
            lower[i] = -LOG_BOUND;
            upper[i] = LOG_BOUND;
        }
        double[] natural = new double[n];
        ObjectiveFunction function = new ObjectiveFunction(logParams -> {
            for (int i = 0; i < n; i++) {
                natural[i] = Math.exp(logParams[i]);
            }
            double v = objective.applyAsDouble(natural);
            // BOBYQA cannot step around NaN; an impossible point is just a very bad one
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        });
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 1.0, STOPPING_RADIUS);
        PointValuePair best;
        try {
            best = optimizer.optimize(
                    new MaxEval(MAX_EVALUATIONS),
                    function,
                    GoalType.MAXIMIZE,
                    new InitialGuess(logStart),
                    new SimpleBounds(lower, upper));
        } catch (TooManyEvaluationsException e) {
            throw new MarketPilotException(
                    ErrorCode.INTERNAL, model + " fit did not converge in " + MAX_EVALUATIONS + " evaluations");
        }
        double[] logBest = best.getPoint();
        for (int i = 0; i < n; i++) {
            if (Math.abs(logBest[i]) > LOG_BOUND - BOUND_MARGIN) {
                throw MarketPilotException.invalid(model + " has no interior maximum: " + names[i] + " ran to "
                        + Math.exp(logBest[i]) + "; the data are too few or too uniform to fit this model");
            }
        }
        double[] params = Arrays.stream(logBest).map(Math::exp).toArray();
        return new Maximum(params, best.getValue(), optimizer.getEvaluations());
    }
}
