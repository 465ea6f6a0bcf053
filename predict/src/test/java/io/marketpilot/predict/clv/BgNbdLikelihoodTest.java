package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class BgNbdLikelihoodTest {
    @Test
    void matchesScipyOnTheCdnowSampleAtPublishedParameters() {
        // src/test/python/bgnbd_reference.py: scipy gammaln / logaddexp over the same summaries
        BgNbdLikelihood likelihood =
                new BgNbdLikelihood(RfmGroups.of(CdnowSample.calibration().customers()));
        assertThat(likelihood.value(0.243, 4.414, 0.793, 2.426)).isCloseTo(-9582.430478013674, within(1e-8));
    }

    @Test
    void groupingIdenticalCustomersLeavesTheLikelihoodUnchanged() {
        int[] x = {0, 2, 2, 0, 5, 2};
        double[] tx = {0, 10, 10, 0, 30, 11};
        double[] t = {20, 30, 30, 20, 38, 30};
        RfmGroups grouped = RfmGroups.of(x, tx, t);
        assertThat(grouped.size()).isEqualTo(4);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += new BgNbdLikelihood(RfmGroups.of(new int[] {x[i]}, new double[] {tx[i]}, new double[] {t[i]}))
                    .value(0.3, 5, 0.8, 2.5);
        }
        assertThat(new BgNbdLikelihood(grouped).value(0.3, 5, 0.8, 2.5)).isCloseTo(sum, within(1e-10));
    }

    @Test
    void singleCustomerMatchesTheClosedForm() {
        // x = 0: LL = r ln(alpha / (alpha + T)), the NBD probability of no purchase in T
        double ll = new BgNbdLikelihood(RfmGroups.of(new int[] {0}, new double[] {0}, new double[] {10}))
                .value(0.5, 2, 1, 1);
        assertThat(ll).isCloseTo(0.5 * Math.log(2.0 / 12.0), within(1e-14));
    }

    @Property(seed = "20260401", tries = 200)
    void gradientMatchesCentralDifferences(
            @ForAll @DoubleRange(min = 0.05, max = 5) double r,
            @ForAll @DoubleRange(min = 0.5, max = 20) double alpha,
            @ForAll @DoubleRange(min = 0.1, max = 5) double a,
            @ForAll @DoubleRange(min = 0.1, max = 10) double b) {
        BgNbdLikelihood likelihood = new BgNbdLikelihood(RfmGroups.of(
                new int[] {0, 1, 3, 12, 0}, new double[] {0, 2.5, 20, 37, 0}, new double[] {39, 30, 38, 39, 4}));
        GradientCheck.assertGradientMatches(likelihood, new double[] {r, alpha, a, b});
    }

    /** Shared central-difference check for the likelihood gradients. */
    static final class GradientCheck {
        private GradientCheck() {}

        static void assertGradientMatches(LogLikelihood likelihood, double[] at) {
            double[] gradient = new double[at.length];
            likelihood.valueAndGradient(at, gradient);
            for (int i = 0; i < at.length; i++) {
                double h = 1e-6 * at[i];
                double[] up = at.clone();
                double[] down = at.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (likelihood.valueAndGradient(up, new double[at.length])
                                - likelihood.valueAndGradient(down, new double[at.length]))
                        / (2 * h);
                assertThat(gradient[i])
                        .as("d LL / d parameter %d at %s", i, java.util.Arrays.toString(at))
                        .isCloseTo(numeric, within(Math.max(1e-5, 1e-5 * Math.abs(numeric))));
            }
        }
    }
}
