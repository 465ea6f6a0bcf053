package io.marketpilot.campaigns.holdout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HoldoutTest {
    private static final int CUSTOMERS = 20_000;

    @Property(tries = 30)
    void holdsOutTheShareWithinFourStandardErrors(
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String campaignId,
            @ForAll @DoubleRange(min = 0.01, max = 0.5) double share) {
        long held = IntStream.range(0, CUSTOMERS)
                .filter(i -> Holdout.contains(campaignId, "C-" + i, share))
                .count();
        double standardError = Math.sqrt(share * (1 - share) / CUSTOMERS);
        assertThat((double) held / CUSTOMERS).isCloseTo(share, within(4 * standardError));
    }

    @Test
    void aCustomerStaysInOrOutEveryTime() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(Holdout.contains("spring-sale", "C-" + i, 0.1))
                    .isEqualTo(Holdout.contains("spring-sale", "C-" + i, 0.1));
        }
    }

    @Test
    void aLargerShareKeepsEveryoneTheSmallerOneHeldOut() {
        for (int i = 0; i < 2_000; i++) {
            if (Holdout.contains("spring-sale", "C-" + i, 0.05)) {
                assertThat(Holdout.contains("spring-sale", "C-" + i, 0.10)).isTrue();
            }
        }
    }

    @Test
    void twoCampaignsHoldOutIndependentGroups() {
        long both = IntStream.range(0, CUSTOMERS)
                .filter(i -> Holdout.contains("spring-sale", "C-" + i, 0.5)
                        && Holdout.contains("summer-sale", "C-" + i, 0.5))
                .count();
        // independent halves overlap on a quarter: 5,000 ± 4 × 61
        assertThat(both).isBetween(4_755L, 5_245L);
    }

    @Test
    void shareZeroHoldsOutNobodyAndOneEverybody() {
        assertThat(IntStream.range(0, 1_000).noneMatch(i -> Holdout.contains("c", "C-" + i, 0.0)))
                .isTrue();
        assertThat(IntStream.range(0, 1_000).allMatch(i -> Holdout.contains("c", "C-" + i, 1.0)))
                .isTrue();
        assertThatThrownBy(() -> Holdout.contains("c", "C-1", 1.5)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void theSeparatorKeepsShiftedIdsApart() {
        assertThat(Holdout.position("a", "bc")).isNotEqualTo(Holdout.position("ab", "c"));
    }
}
