package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    @Test
    void theDefaultSpanWrapsMidnightAndEndsAtEight() {
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(20, 59))).isFalse();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(7, 59))).isTrue();
        assertThat(QuietHours.DEFAULT.contains(LocalTime.of(8, 0))).isFalse();
    }

    @Test
    void aSpanWithinOneDayHoldsOnlyItsOwnHours() {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(lunch.contains(LocalTime.of(13, 0))).isTrue();
        assertThat(lunch.contains(LocalTime.of(14, 0))).isFalse();
        assertThat(lunch.contains(LocalTime.of(2, 0))).isFalse();
    }

    @Test
    void noneIsNeverQuiet() {
        assertThat(QuietHours.NONE.any()).isFalse();
        assertThat(QuietHours.NONE.contains(LocalTime.MIDNIGHT)).isFalse();
    }
}
