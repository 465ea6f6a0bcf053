package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HolmCorrectionTest {
    @Test
    void matchesTextbookStepDownAdjustment() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
        double[] adjusted = HolmCorrection.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void rejectsOnlyHypothesesWhoseAdjustedPValueIsWithinAlpha() {
        assertThat(HolmCorrection.rejections(new double[] {0.01, 0.04, 0.03, 0.005}, 0.05))
                .containsExactly(true, false, false, true);
    }

    @Property(tries = 200)
    void adjustedPValuesLieBetweenRawAndOne(
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        double[] p = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = HolmCorrection.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(adjusted[i]).isBetween(p[i], 1.0);
        }
    }

    @Property(tries = 200)
    void adjustmentKeepsTheOrderOfRawPValues(
            @ForAll @Size(min = 2, max = 12) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        double[] p = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = HolmCorrection.adjust(p);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) {
                    assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                }
            }
        }
    }
}
