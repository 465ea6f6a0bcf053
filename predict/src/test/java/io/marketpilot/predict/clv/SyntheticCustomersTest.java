package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticCustomersTest {
    private static final BgNbdParameters PURCHASES = new BgNbdParameters(0.25, 4.8, 0.73, 2.2);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.3, 3.6, 14.9);

    @Test
    void sameSeedDrawsTheSameCustomers() {
        assertThat(SyntheticCustomers.draw(PURCHASES, SPEND, 500, SyntheticCustomers.Timing.WHOLE_DAYS, 3))
                .isEqualTo(SyntheticCustomers.draw(PURCHASES, SPEND, 500, SyntheticCustomers.Timing.WHOLE_DAYS, 3));
        assertThat(SyntheticCustomers.draw(PURCHASES, SPEND, 500, SyntheticCustomers.Timing.WHOLE_DAYS, 3))
                .isNotEqualTo(SyntheticCustomers.draw(PURCHASES, SPEND, 500, SyntheticCustomers.Timing.WHOLE_DAYS, 4));
    }

    @Test
    void wholeDayTimesLieOnTheDayGridInsideTheCalibrationPeriod() {
        RfmSummaries drawn = SyntheticCustomers.draw(PURCHASES, SPEND, 2000, SyntheticCustomers.Timing.WHOLE_DAYS, 11);
        assertThat(drawn.customers()).allSatisfy(c -> {
            assertThat(c.recency() * 7)
                    .isCloseTo(Math.rint(c.recency() * 7), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(c.age()).isBetween((273 - 83) / 7.0, 273 / 7.0);
            assertThat(c.meanRepeatSpend() > 0).isEqualTo(c.frequency() > 0);
        });
    }
}
