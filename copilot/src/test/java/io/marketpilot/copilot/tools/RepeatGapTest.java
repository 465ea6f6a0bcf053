package io.marketpilot.copilot.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RepeatGapTest {
    @Test
    void isTheNinetiethPercentileOfTheRepeatBuyersMeanGaps() {
        // 10, 20, ..., 100 in any order: the 90th percentile lies between 90 and 100
        double[] gaps = {100, 10, 90, 20, 80, 30, 70, 40, 60, 50};

        assertThat(RepeatGap.of(gaps).orElseThrow().days()).isCloseTo(91, within(1e-9));
        assertThat(gaps[0]).as("the caller's array is left as it was").isEqualTo(100);
    }

    @Test
    void isUnknownWhenNobodyBoughtTwice() {
        assertThat(RepeatGap.of(new double[0])).isEmpty();
    }

    @Test
    void onlyAOneOffBuyerSilentForLongerThanTheGapHasLapsed() {
        RepeatGap gap = new RepeatGap(60);

        assertThat(gap.lapsedOneOff(customer(0, 61))).isTrue();
        assertThat(gap.lapsedOneOff(customer(0, 60))).isFalse();
        // a repeat buyer's risk is p(alive)'s to judge, however long they have been away
        assertThat(gap.lapsedOneOff(customer(2, 300))).isFalse();
    }

    private static ShopFacts.CustomerValue customer(int repeatPurchases, double daysSinceLastPurchase) {
        return new ShopFacts.CustomerValue("c", 100, 1, 0.5, repeatPurchases, daysSinceLastPurchase);
    }
}
