package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.junit.jupiter.api.Test;

class LogSpaceMaximizerTest {
    @Test
    void findsTheMaximumOfABadlyScaledQuadraticInLogSpace() {
        double[] mu = {-3, 0.5, 4};
        double[] weight = {1e4, 1, 1e-2};
        LogLikelihood f = new Function(3) {
            @Override
            public double valueAndGradient(double[] p, double[] g) {
                double v = 0;
                for (int i = 0; i < 3; i++) {
                    double e = Math.log(p[i]) - mu[i];
                    v -= weight[i] * e * e;
                    g[i] = -2 * weight[i] * e / p[i];
                }
                return v;
            }
        };
        double[] best = LogSpaceMaximizer.maximize(f, new double[] {1, 1, 1}, "quadratic", "p0", "p1", "p2")
                .parameters();
        for (int i = 0; i < 3; i++) {
            assertThat(best[i]).isCloseTo(Math.exp(mu[i]), withinPercentage(1e-4));
        }
    }

    @Test
    void followsTheRosenbrockValley() {
        // -Rosenbrock in theta = ln p: maximum at theta = (1, 1), p = (e, e)
        LogLikelihood f = new Function(2) {
            @Override
            public double valueAndGradient(double[] p, double[] g) {
                double x = Math.log(p[0]);
                double y = Math.log(p[1]);
                g[0] = (2 * (1 - x) + 400 * x * (y - x * x)) / p[0];
                g[1] = -200 * (y - x * x) / p[1];
                return -((1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x));
            }
        };
        LogSpaceMaximizer.Maximum max = LogSpaceMaximizer.maximize(f, new double[] {0.3, 2}, "rosenbrock", "x", "y");
        assertThat(max.parameters()[0]).isCloseTo(Math.E, withinPercentage(1e-3));
        assertThat(max.parameters()[1]).isCloseTo(Math.E, withinPercentage(1e-3));
    }

    @Test
    void reportsALikelihoodWithoutInteriorMaximumAsInvalidInput() {
        LogLikelihood rising = new Function(2) {
            @Override
            public double valueAndGradient(double[] p, double[] g) {
                g[0] = 1 / p[0];
                g[1] = -1;
                return Math.log(p[0]) - p[1];
            }
        };
        assertThatThrownBy(() -> LogSpaceMaximizer.maximize(rising, new double[] {1, 1}, "toy", "up", "down"))
                .isInstanceOf(MarketPilotException.class)
                .satisfies(e -> assertThat(((MarketPilotException) e).code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("toy has no interior maximum");
    }

    @Test
    void agreesWithCommonsMathBobyqaOnTheCdnowSample() {
        BgNbdLikelihood likelihood =
                new BgNbdLikelihood(RfmGroups.of(CdnowSample.calibration().customers()));
        LogSpaceMaximizer.Maximum bfgs =
                LogSpaceMaximizer.maximize(likelihood, new double[] {1, 1, 1, 1}, "BG/NBD", "r", "alpha", "a", "b");

        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(9, 1.0, 1e-10);
        PointValuePair reference = bobyqa.optimize(
                new MaxEval(5000),
                new ObjectiveFunction(
                        t -> likelihood.value(Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2]), Math.exp(t[3]))),
                GoalType.MAXIMIZE,
                new InitialGuess(new double[4]),
                new SimpleBounds(new double[] {-12, -12, -12, -12}, new double[] {12, 12, 12, 12}));

        assertThat(bfgs.value()).isGreaterThanOrEqualTo(reference.getValue() - 1e-8);
        for (int i = 0; i < 4; i++) {
            assertThat(bfgs.parameters()[i]).isCloseTo(Math.exp(reference.getPoint()[i]), withinPercentage(1e-3));
        }
        assertThat(bfgs.evaluations()).isLessThan(bobyqa.getEvaluations() / 3);
    }

    private abstract static class Function implements LogLikelihood {
        private final int dimension;

        Function(int dimension) {
            this.dimension = dimension;
        }

        @Override
        public int dimension() {
            return dimension;
        }
    }
}
