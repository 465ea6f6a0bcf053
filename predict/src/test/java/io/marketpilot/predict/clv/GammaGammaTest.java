package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

class GammaGammaTest {
    private static final GammaGammaParameters PUBLISHED = new GammaGammaParameters(6.25, 3.74, 15.44);

    @Test
    void customerWithoutRepeatsGetsThePopulationMean() {
        // p gamma / (q - 1) = 35.22, the mean the Gamma-Gamma note reports for the CDNOW sample
        assertThat(PUBLISHED.conditionalExpectedSpend(0, 0)).isCloseTo(35.22, within(0.005));
    }

    @Test
    void expectedSpendMovesFromPopulationMeanTowardsOwnMeanWithMoreRepeats() {
        double one = PUBLISHED.conditionalExpectedSpend(1, 100);
        double ten = PUBLISHED.conditionalExpectedSpend(10, 100);
        assertThat(one).isBetween(35.22, 100.0);
        assertThat(ten).isBetween(one, 100.0);
    }

    @Test
    void refusesSpendExpectationWithoutFiniteMean() {
        assertThatThrownBy(() -> new GammaGammaParameters(1, 0.9, 10).conditionalExpectedSpend(2, 20))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("q=0.9");
    }

    @Test
    void likelihoodMatchesTheDensityWrittenOut() {
        // one customer, x = 2, m = 30: the note's eq. for f(m | p, q, gamma, x)
        double p = 6, q = 4, gamma = 15, x = 2, m = 30;
        double expected = LogGamma.value(p * x + q)
                - LogGamma.value(p * x)
                - LogGamma.value(q)
                + q * Math.log(gamma)
                + (p * x - 1) * Math.log(m)
                + p * x * Math.log(x)
                - (p * x + q) * Math.log(gamma + m * x);
        assertThat(new GammaGammaLikelihood(new int[] {2}, new double[] {30}).value(p, q, gamma))
                .isCloseTo(expected, within(1e-12));
    }

    @Property(seed = "20260401", tries = 200)
    void gradientMatchesCentralDifferences(
            @ForAll @DoubleRange(min = 0.5, max = 20) double p,
            @ForAll @DoubleRange(min = 0.5, max = 20) double q,
            @ForAll @DoubleRange(min = 0.5, max = 50) double gamma) {
        GammaGammaLikelihood likelihood =
                new GammaGammaLikelihood(new int[] {1, 2, 2, 7, 30}, new double[] {12.5, 30, 8, 41.2, 19.99});
        BgNbdLikelihoodTest.GradientCheck.assertGradientMatches(likelihood, new double[] {p, q, gamma});
    }

    @Test
    void fitLeavesOutCustomersWithoutRepeatsAndCountsFreeRepeats() {
        List<RfmSummary> customers = new ArrayList<>(CdnowSample.calibration().customers());
        customers.add(new RfmSummary("free-1", 2, 10, 30, 0));
        customers.add(new RfmSummary("free-2", 1, 4, 30, 0));
        GammaGammaFit fit = GammaGammaFitter.fit(customers);
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.zeroSpendExcluded()).isEqualTo(2);
    }

    @Test
    void fitNeedsAtLeastTwoPayingRepeatCustomers() {
        assertThatThrownBy(() -> GammaGammaFitter.fit(
                        List.of(new RfmSummary("a", 0, 0, 30, 0), new RfmSummary("b", 2, 10, 30, 25))))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("at least two");
    }
}
