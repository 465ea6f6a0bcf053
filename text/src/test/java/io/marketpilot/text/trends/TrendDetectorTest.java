package io.marketpilot.text.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendDetectorTest {

    private static void add(List<Observation> out, String key, LocalDate day, int count, double sentiment) {
        for (int i = 0; i < count; i++) {
            out.add(new Observation(key, day, sentiment));
        }
    }

    @Test
    void flagsAVolumeJumpAndASentimentDropAgainstTheTrailingMonths() {
        List<Observation> obs = new ArrayList<>();
        int[] volumes = {2, 3, 2, 3, 2, 12};
        for (int m = 0; m < volumes.length; m++) {
            add(obs, "battery", LocalDate.of(2025, 1 + m, 10), volumes[m], m == 5 ? -0.8 : 0.5);
            add(obs, "price", LocalDate.of(2025, 1 + m, 12), 3, 0.4);
        }

        List<TrendSeries> series = new TrendDetector(Granularity.MONTH).detect(obs);

        TrendSeries battery = series.get(0);
        assertThat(battery.key()).isEqualTo("battery");
        assertThat(battery.points()).hasSize(6);
        assertThat(battery.points().get(5).volume()).isEqualTo(12);
        assertThat(battery.flags()).extracting(TrendFlag::kind).containsExactlyInAnyOrder("rising", "sentiment_drop");
        TrendFlag rising = battery.flags().stream()
                .filter(f -> f.kind().equals("rising"))
                .findFirst()
                .orElseThrow();
        // trailing window 2,3,2,3,2: mean 2.4, sd 0.548 floored at 1 → z = 9.6
        assertThat(rising.baseline()).isCloseTo(2.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rising.z()).isCloseTo(9.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rising.period()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(series.get(1).flags()).as("a flat series raises nothing").isEmpty();
    }

    @Test
    void weeksStartOnMondayAndEmptyPeriodsAreKept() {
        List<Observation> obs = new ArrayList<>();
        add(obs, "x", LocalDate.of(2025, 3, 5), 1, 0.1); // Wednesday
        add(obs, "x", LocalDate.of(2025, 3, 19), 1, Double.NaN);

        TrendSeries s = new TrendDetector(Granularity.WEEK).detect(obs).get(0);

        assertThat(s.points())
                .extracting(TrendPoint::period)
                .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17));
        assertThat(s.points().get(1).volume()).isZero();
        assertThat(s.points().get(2).meanSentiment()).isEmpty();
    }
}
