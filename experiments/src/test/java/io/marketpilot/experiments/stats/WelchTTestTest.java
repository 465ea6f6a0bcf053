package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelchTTestTest {
    @Test
    void confidenceIntervalMatchesScipyStudentTQuantile() {
        // scipy: diff ± t.isf(0.025, df) * se with Welch–Satterthwaite df
        WelchResult r = WelchTTest.test(new SampleSummary(10, 20, 500), new SampleSummary(12, 25, 400));
        assertThat(r.t()).isCloseTo(1.3012000972647109, within(1e-12));
        assertThat(r.df()).isCloseTo(754.1036832192455, within(1e-9));
        assertThat(r.pValue()).isCloseTo(0.19358738410445966, within(1e-12));
        assertThat(r.ciLow()).isCloseTo(-1.017391058725173, within(1e-9));
        assertThat(r.ciHigh()).isCloseTo(5.017391058725173, within(1e-9));
    }

    @Test
    void summarisesRawValuesWithSampleStandardDeviation() {
        SampleSummary s = SampleSummary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(s.mean()).isEqualTo(5);
        assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(s.n()).isEqualTo(8);
    }
}
