package io.marketpilot.experiments.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.experiments.stats.ChiSquareTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VariantAssignerTest {
    private static final int UNITS = 100_000;

    @Test
    void sameSaltAndUnitAlwaysGetTheSameVariant() {
        VariantAssigner assigner = new VariantAssigner("exp-checkout-2024", Allocation.equal(3));
        VariantAssigner again = new VariantAssigner("exp-checkout-2024", Allocation.equal(3));
        for (int i = 0; i < 1_000; i++) {
            assertThat(again.assign("user-" + i)).isEqualTo(assigner.assign("user-" + i));
        }
    }

    @Test
    void bucketsAreUniformOverOneHundredThousandUnits() {
        // 100 groups of 100 buckets: 1,000 expected units each, plenty for the chi-square approximation.
        long[] groups = new long[100];
        for (int i = 0; i < UNITS; i++) {
            groups[BucketHasher.bucket("salt-a", "unit-" + i) / 100]++;
        }
        double[] expected = new double[groups.length];
        Arrays.fill(expected, (double) UNITS / groups.length);
        assertThat(ChiSquareTest.goodnessOfFit(groups, expected).rejects(0.001)).isFalse();
    }

    @Test
    void allocationWeightsSetTheTrafficSplit() {
        VariantAssigner assigner = new VariantAssigner("weighted", new Allocation(2, 1, 1));
        long[] counts = new long[3];
        for (int i = 0; i < UNITS; i++) {
            counts[assigner.assign("unit-" + i)]++;
        }
        assertThat((double) counts[0] / UNITS).isCloseTo(0.5, within(0.01));
        assertThat(ChiSquareTest.goodnessOfFit(counts, new double[] {UNITS / 2.0, UNITS / 4.0, UNITS / 4.0})
                        .rejects(0.001))
                .isFalse();
    }

    @Test
    void experimentsWithDifferentSaltsAssignIndependently() {
        VariantAssigner first = new VariantAssigner("experiment-1", Allocation.equal(3));
        VariantAssigner second = new VariantAssigner("experiment-2", Allocation.equal(2));
        long[][] table = new long[3][2];
        for (int i = 0; i < UNITS; i++) {
            String unit = "unit-" + i;
            table[first.assign(unit)][second.assign(unit)]++;
        }
        assertThat(ChiSquareTest.independence(table).rejects(0.001)).isFalse();
    }

    @Test
    void bucketBoundariesFollowTheWeights() {
        Allocation allocation = new Allocation(1, 3);
        assertThat(allocation.variantOf(2_499)).isZero();
        assertThat(allocation.variantOf(2_500)).isEqualTo(1);
        assertThat(allocation.variantOf(BucketHasher.BUCKETS - 1)).isEqualTo(1);
    }

    @Test
    void saltIsLengthPrefixedSoConcatenationsDoNotCollide() {
        int collisions = 0;
        for (int i = 0; i < 1_000; i++) {
            if (BucketHasher.bucket("ab", "c" + i) == BucketHasher.bucket("a", "bc" + i)) {
                collisions++;
            }
        }
        // Chance agreement is 1 in 10,000 per unit.
        assertThat(collisions).isLessThan(3);
    }
}
