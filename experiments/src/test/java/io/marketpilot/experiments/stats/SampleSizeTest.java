package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SampleSizeTest {
    @Test
    void relativeEffectIsAFractionOfBaseline() {
        // 5% -> 5.5%, alpha 0.05, power 0.8; the exact value is from SciPy with the PROVENANCE formula.
        SampleSizePlan plan = SampleSize.forProportions(0.05, 0.10, true, 0.05, 0.8);
        assertThat(plan.variant()).isCloseTo(0.055, within(1e-15));
        assertThat(plan.exactPerArm()).isCloseTo(31233.43794013005, within(31233 * 1e-9));
        assertThat(plan.perArm()).isEqualTo(31234);
        assertThat(plan.total()).isEqualTo(62468);
    }

    @Test
    void absoluteAndRelativeEffectsAgreeWhenTheyDescribeTheSameVariant() {
        SampleSizePlan absolute = SampleSize.forProportions(0.2, 0.02, false, 0.05, 0.9);
        SampleSizePlan relative = SampleSize.forProportions(0.2, 0.1, true, 0.05, 0.9);
        assertThat(absolute.perArm()).isEqualTo(relative.perArm());
    }

    @Test
    void refusesAZeroEffect() {
        assertThatThrownBy(() -> SampleSize.forProportions(0.05, 0, true, 0.05, 0.8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void powerAtTheComputedSampleSizeIsTheRequestedPower(
            @ForAll @DoubleRange(min = 0.01, max = 0.6) double baseline,
            @ForAll @DoubleRange(min = 0.02, max = 0.5) double relativeMde,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double power) {
        SampleSizePlan plan = SampleSize.forProportions(baseline, relativeMde, true, 0.05, power);
        assertThat(SampleSize.power(baseline, plan.variant(), plan.exactPerArm(), 0.05))
                .isCloseTo(power, within(1e-9));
    }

    @Property(tries = 100)
    void minimumDetectableEffectInvertsTheSampleSize(
            @ForAll @DoubleRange(min = 0.01, max = 0.5) double baseline,
            @ForAll @DoubleRange(min = 0.05, max = 0.5) double relativeMde) {
        SampleSizePlan plan = SampleSize.forProportions(baseline, relativeMde, true, 0.05, 0.8);
        double mde = SampleSize.minimumDetectableEffect(baseline, plan.exactPerArm(), 0.05, 0.8, true);
        assertThat(mde).isCloseTo(relativeMde, within(1e-9));
    }
}
