package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published CDNOW-sample estimates. What is compared: each fitted value rounded half-up to the number of
 * decimals the publication printed (BG/NBD: r, alpha, a, b to 3 decimals, log-likelihood to 1; Gamma-Gamma: p, q,
 * gamma to 2) must be within 0.001 of the published value, i.e. equal to it. The unrounded values are also checked
 * against the SciPy reference in PROVENANCE.md (r = 0.2426, alpha = 4.4136, a = 0.7929, b = 2.4259, LL = -9582.43; p =
 * 6.250, q = 3.744, gamma = 15.444) to their printed precision.
 */
class CdnowGoldenFitTest {
    private static RfmSummaries summaries;
    private static ClvModel model;

    @BeforeAll
    static void fit() {
        summaries = CdnowSample.calibration();
        model = ClvModel.fit(summaries);
    }

    @Test
    void summarisesTheSampleLikeThePaper() {
        assertThat(summaries.customers()).hasSize(2357);
        assertThat(summaries.customers().stream()
                        .mapToInt(RfmSummary::frequency)
                        .sum())
                .isEqualTo(2457);
        assertThat(model.spend().customers()).isEqualTo(946);
    }

    @Test
    void reproducesPublishedBgNbdParameters() {
        BgNbdParameters p = model.purchases().parameters();
        assertThat(rounded(p.r(), 3)).isCloseTo(0.243, within(0.001));
        assertThat(rounded(p.alpha(), 3)).isCloseTo(4.414, within(0.001));
        assertThat(rounded(p.a(), 3)).isCloseTo(0.793, within(0.001));
        assertThat(rounded(p.b(), 3)).isCloseTo(2.426, within(0.001));
        assertThat(rounded(model.purchases().logLikelihood(), 1)).isCloseTo(-9582.4, within(0.001));
    }

    @Test
    void matchesScipyReferenceForBgNbd() {
        BgNbdParameters p = model.purchases().parameters();
        assertThat(p.r()).isCloseTo(0.2426, within(0.00005));
        assertThat(p.alpha()).isCloseTo(4.4136, within(0.00005));
        assertThat(p.a()).isCloseTo(0.7929, within(0.00005));
        assertThat(p.b()).isCloseTo(2.4259, within(0.00005));
        assertThat(model.purchases().logLikelihood()).isCloseTo(-9582.43, within(0.005));
    }

    @Test
    void reproducesPublishedGammaGammaParameters() {
        GammaGammaParameters p = model.spend().parameters();
        assertThat(rounded(p.p(), 2)).isCloseTo(6.25, within(0.001));
        assertThat(rounded(p.q(), 2)).isCloseTo(3.74, within(0.001));
        assertThat(rounded(p.gamma(), 2)).isCloseTo(15.44, within(0.001));
    }

    @Test
    void matchesScipyReferenceForGammaGamma() {
        GammaGammaParameters p = model.spend().parameters();
        assertThat(p.p()).isCloseTo(6.250, within(0.0005));
        assertThat(p.q()).isCloseTo(3.744, within(0.0005));
        assertThat(p.gamma()).isCloseTo(15.444, within(0.0005));
        assertThat(model.spend().logLikelihood()).isCloseTo(-4055.92, within(0.005));
    }

    private static double rounded(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
