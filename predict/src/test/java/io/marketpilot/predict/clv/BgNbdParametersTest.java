package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BgNbdParametersTest {
    private static final BgNbdParameters PUBLISHED = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void reproducesThePapersWorkedExample() {
        // Fader, Hardie and Lee (2005), section 5: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks
        assertThat(PUBLISHED.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void matchesScipyReferenceForExpectationAndProbabilityAlive() {
        for (double[] row : ReferenceCsv.rows("bgnbd_reference.csv")) {
            int x = (int) row[1];
            assertThat(PUBLISHED.conditionalExpectedPurchases(row[0], x, row[2], row[3]))
                    .as("E[Y(%s) | x=%d, t_x=%s, T=%s]", row[0], x, row[2], row[3])
                    .isCloseTo(row[4], withinPercentage(1e-8));
            assertThat(PUBLISHED.probabilityAlive(x, row[2], row[3]))
                    .as("P(alive | x=%d, t_x=%s, T=%s)", x, row[2], row[3])
                    .isCloseTo(row[5], withinPercentage(1e-10));
        }
    }

    @Test
    void customerWithoutRepeatPurchasesIsAlive() {
        assertThat(PUBLISHED.probabilityAlive(0, 0, 38)).isEqualTo(1.0);
    }

    @Test
    void heavyBuyerLongSilentIsAlmostCertainlyGoneWithoutOverflow() {
        assertThat(PUBLISHED.probabilityAlive(500, 1, 39)).isBetween(0.0, 1e-100);
        assertThat(PUBLISHED.conditionalExpectedPurchases(52, 5000, 1, 39)).isBetween(0.0, 1e-100);
    }

    @Test
    void heavyActiveBuyerKeepsBuyingAtTheirRate() {
        // 5,000 purchases in 39 weeks, the last one today: alive, and buying about 128 a week
        double expected = PUBLISHED.conditionalExpectedPurchases(1, 5000, 39, 39);
        assertThat(PUBLISHED.probabilityAlive(5000, 39, 39)).isGreaterThan(0.99);
        assertThat(expected).isBetween(100.0, 130.0);
    }

    @Test
    void staysFiniteWhereTheDropoutShapeIsOne() {
        BgNbdParameters atOne = new BgNbdParameters(0.243, 4.414, 1.0, 2.426);
        BgNbdParameters beside = new BgNbdParameters(0.243, 4.414, 1.0 + 1e-6, 2.426);
        assertThat(atOne.conditionalExpectedPurchases(39, 2, 30.43, 38.86))
                .isCloseTo(beside.conditionalExpectedPurchases(39, 2, 30.43, 38.86), withinPercentage(1e-3));
    }

    @Property(seed = "20260401")
    void expectedPurchasesGrowWithTheHorizon(
            @ForAll @IntRange(min = 0, max = 30) int x,
            @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
            @ForAll @DoubleRange(min = 0, max = 60) double age,
            @ForAll @DoubleRange(min = 0.1, max = 100) double t) {
        double recency = x == 0 ? 0 : recencyShare * age;
        double shorter = PUBLISHED.conditionalExpectedPurchases(t, x, recency, age);
        double longer = PUBLISHED.conditionalExpectedPurchases(t * 1.5, x, recency, age);
        assertThat(shorter).isGreaterThanOrEqualTo(0);
        assertThat(longer).isGreaterThanOrEqualTo(shorter);
        assertThat(PUBLISHED.probabilityAlive(x, recency, age)).isBetween(0.0, 1.0);
    }

    @Test
    void expectsNothingOverAZeroHorizon() {
        assertThat(PUBLISHED.conditionalExpectedPurchases(0, 3, 10, 20)).isZero();
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1))
                .isInstanceOf(MarketPilotException.class)
                .satisfies(e -> assertThat(((MarketPilotException) e).code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("r=0.0");
        assertThatThrownBy(() -> new BgNbdParameters(1, 1, Double.NaN, 1)).isInstanceOf(MarketPilotException.class);
    }
}
