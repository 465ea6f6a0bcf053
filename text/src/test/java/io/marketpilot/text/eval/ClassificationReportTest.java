package io.marketpilot.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {
    @Test
    void computesAccuracyMacroF1AndConfusionByHand() {
        // gold: 3 pos, 2 neg; predicted: pos,pos,neg | neg,pos
        var report = ClassificationReport.of(
                List.of("pos", "pos", "pos", "neg", "neg"), List.of("pos", "pos", "neg", "neg", "pos"));

        assertThat(report.accuracy()).isEqualTo(0.6);
        // pos: P = 2/3, R = 2/3, F1 = 2/3; neg: P = 1/2, R = 1/2, F1 = 1/2 → macro 7/12
        assertThat(report.macroF1()).isCloseTo(7.0 / 12, within(1e-12));
        assertThat(report.confusion().get("pos").get("neg")).isEqualTo(1);
        assertThat(report.confusion().get("neg").get("pos")).isEqualTo(1);
    }

    @Test
    void aModelThatAlwaysSaysTheMajorityClassGetsALowMacroF1() {
        var report = ClassificationReport.of(List.of("a", "a", "a", "b"), List.of("a", "a", "a", "a"));

        assertThat(report.accuracy()).isEqualTo(0.75);
        assertThat(report.macroF1()).isCloseTo((6.0 / 7 + 0) / 2, within(1e-12));
    }
}
