package io.marketpilot.predict.sendtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SendTimeHitsTest {
    @Test
    void ratesAreSharesOfTheCustomers() {
        SendTimeHits h = new SendTimeHits(SendTimeMethod.PERSONAL, HistorySize.ALL, 8, 2, 4, 6);
        assertThat(h.hitRate()).isEqualTo(0.25);
        assertThat(h.weekdayHitRate()).isEqualTo(0.5);
        assertThat(h.hourHitRate()).isEqualTo(0.75);
    }

    @Test
    void theIntervalMatchesPublishedWilsonScoreIntervals() {
        // Wilson 95 % intervals as given by statsmodels proportion_confint(method="wilson")
        SendTimeHits half = new SendTimeHits(SendTimeMethod.GLOBAL, HistorySize.ALL, 10, 5, 5, 5);
        assertThat(half.hitRateLow()).isCloseTo(0.236593, within(1e-6));
        assertThat(half.hitRateHigh()).isCloseTo(0.763407, within(1e-6));
        SendTimeHits none = new SendTimeHits(SendTimeMethod.GLOBAL, HistorySize.ALL, 10, 0, 0, 0);
        assertThat(none.hitRateLow()).isZero();
        assertThat(none.hitRateHigh()).isCloseTo(0.277533, within(1e-6));
    }

    @Test
    void aGroupWithoutCustomersHasNoRate() {
        SendTimeHits empty = new SendTimeHits(SendTimeMethod.RAW_MODE, HistorySize.ONE_OR_TWO, 0, 0, 0, 0);
        assertThat(empty.hitRate()).isNaN();
        assertThat(empty.hitRateLow()).isNaN();
    }
}
