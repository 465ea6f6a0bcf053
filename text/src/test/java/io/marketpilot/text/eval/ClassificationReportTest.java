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
    void perClassFiguresMatchTheHandCount() {
        var report = ClassificationReport.of(
                List.of("pos", "pos", "pos", "neg", "neg"), List.of("pos", "pos", "neg", "neg", "pos"));

        var byLabel = report.perClass();

        assertThat(byLabel).extracting(m -> m.label()).containsExactly("neg", "pos");
        assertThat(byLabel.get(0).precision()).isEqualTo(0.5);
        assertThat(byLabel.get(0).recall()).isEqualTo(0.5);
        assertThat(byLabel.get(0).support()).isEqualTo(2);
        assertThat(byLabel.get(1).f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(byLabel.get(1).support()).isEqualTo(3);
    }

    @Test
    void aLabelOnlyEverPredictedHasNoSupportAndZeroPrecision() {
        var report = ClassificationReport.of(List.of("a", "b"), List.of("a", "c"));

        var c = report.perClass().get(2);

        assertThat(c.label()).isEqualTo("c");
        assertThat(c.support()).isZero();
        assertThat(c.precision()).isZero();
        assertThat(c.f1()).isZero();
    }

    @Test
    void aModelThatAlwaysSaysTheMajorityClassGetsALowMacroF1() {
        var report = ClassificationReport.of(List.of("a", "a", "a", "b"), List.of("a", "a", "a", "a"));

        assertThat(report.accuracy()).isEqualTo(0.75);
        assertThat(report.macroF1()).isCloseTo((6.0 / 7 + 0) / 2, within(1e-12));
    }
}
