package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {
    @Test
    void reportsRelativeLiftAgainstControl() {
        TwoProportionResult r = TwoProportionZTest.test(100, 1000, 120, 1000);
        assertThat(r.relativeLift()).isCloseTo(0.2, within(1e-12));
        assertThat(r.confidence()).isEqualTo(0.95);
    }

    @Test
    void identicalArmsGiveZeroStatisticAndPValueOne() {
        TwoProportionResult r = TwoProportionZTest.test(50, 1000, 50, 1000);
        assertThat(r.z()).isZero();
        assertThat(r.pValue()).isCloseTo(1, within(1e-15));
    }

    @Test
    void armsWithoutAnyConversionCarryNoEvidence() {
        TwoProportionResult r = TwoProportionZTest.test(0, 100, 0, 100);
        assertThat(r.pValue()).isEqualTo(1);
        assertThat(r.relativeLift()).isNaN();
    }

    @Test
    void widerConfidenceGivesWiderInterval() {
        TwoProportionResult narrow = TwoProportionZTest.test(100, 1000, 120, 1000, 0.90);
        TwoProportionResult wide = TwoProportionZTest.test(100, 1000, 120, 1000, 0.99);
        assertThat(wide.ciHigh() - wide.ciLow()).isGreaterThan(narrow.ciHigh() - narrow.ciLow());
    }

    @Test
    void rejectsMoreConversionsThanTrials() {
        assertThatThrownBy(() -> TwoProportionZTest.test(11, 10, 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arm A");
    }
}
