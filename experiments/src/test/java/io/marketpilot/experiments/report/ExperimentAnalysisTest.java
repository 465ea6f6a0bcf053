package io.marketpilot.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.experiments.AbTest;
import io.marketpilot.experiments.report.ExperimentReport.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExperimentAnalysisTest {
    static final LocalDate START = LocalDate.of(2026, 3, 1);

    /** Units spread over {@code days}, converting with the given rates; the same seed gives the same units. */
    static List<UnitResult> conversions(double[] rates, int perArmPerDay, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitResult> units = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int arm = 0; arm < rates.length; arm++) {
                for (int i = 0; i < perArmPerDay; i++) {
                    boolean converted = random.nextDouble() < rates[arm];
                    LocalDate day = START.plusDays(d);
                    units.add(new UnitResult(
                            arm,
                            day,
                            converted ? Optional.of(day.plusDays(random.nextInt(2))) : Optional.empty(),
                            converted ? 1 : 0,
                            OptionalDouble.empty()));
                }
            }
        }
        return units;
    }

    static AnalysisInput binary(List<String> names, List<UnitResult> units) {
        double[] w = new double[names.size()];
        java.util.Arrays.fill(w, 1);
        return new AnalysisInput(names, w, true, 0.05, 0.01, units);
    }

    @Test
    void aClearWinnerIsShippedAndTheFiguresAreTheTwoProportionTestsOwn() {
        var report = ExperimentAnalysis.analyse(
                binary(List.of("A", "B"), conversions(new double[] {0.05, 0.08}, 400, 20, 1)));

        assertThat(report.recommendation().action()).isEqualTo(Action.SHIP);
        assertThat(report.recommendation().variant()).isEqualTo("B");
        assertThat(report.recommendation().text()).startsWith("Ship B");
        var a = report.arms().get(0);
        var b = report.arms().get(1);
        assertThat(a.units()).isEqualTo(8000);
        var reference = AbTest.twoProportions(a.successes(), a.units(), b.successes(), b.units());
        var c = report.comparisons().getFirst();
        assertThat(c.pValue()).isEqualTo(reference.pValue());
        assertThat(c.ciLow()).isEqualTo(reference.ciLow());
        assertThat(c.probBeatsControl()).isEqualTo(reference.probBBeatsA());
        assertThat(c.sequentialP()).isLessThanOrEqualTo(0.05);
        // The always-valid interval is wider than the fixed-horizon one: the price of looking every day.
        assertThat(c.sequenceHigh() - c.sequenceLow()).isGreaterThan(c.ciHigh() - c.ciLow());
        assertThat(report.method()).contains("mixture SPRT").contains("Holm");
        assertThat(report.parameters()).containsEntry("msprt_tau", 0.01);
    }

    @Test
    void dailySeriesAreCumulativeAndEndAtTheTotals() {
        var report = ExperimentAnalysis.analyse(
                binary(List.of("A", "B"), conversions(new double[] {0.05, 0.05}, 50, 10, 2)));

        assertThat(report.days()).hasSizeBetween(10, 11);
        var last = report.days().getLast();
        assertThat(last.units()).containsExactly(500L, 500L);
        assertThat(last.means().get(0)).isCloseTo(report.arms().get(0).mean(), within(1e-12));
        for (int i = 1; i < report.days().size(); i++) {
            assertThat(report.days().get(i).units().get(0))
                    .isGreaterThanOrEqualTo(report.days().get(i - 1).units().get(0));
        }
        // The confidence sequence only ever narrows.
        List<Double> widths = report.days().stream()
                .filter(d -> d.sequenceLow().getFirst() != null)
                .map(d -> d.sequenceHigh().getFirst() - d.sequenceLow().getFirst())
                .toList();
        for (int i = 1; i < widths.size(); i++) {
            assertThat(widths.get(i)).isLessThanOrEqualTo(widths.get(i - 1));
        }
    }

    @Test
    void anAaTestWithManyUnitsEndsWithNoDifferenceAndNoShip() {
        var report = ExperimentAnalysis.analyse(
                binary(List.of("A", "B"), conversions(new double[] {0.3, 0.3}, 2000, 30, 3)));
        assertThat(report.recommendation().action()).isEqualTo(Action.STOP_NO_DIFFERENCE);
        assertThat(report.recommendation().text()).startsWith("Stop: no difference");
    }

    @Test
    void aSmallUndecidedTestSaysKeepRunningWithHowManyMoreUnits() {
        var report = ExperimentAnalysis.analyse(
                binary(List.of("A", "B"), conversions(new double[] {0.05, 0.055}, 20, 5, 4)));
        assertThat(report.recommendation().action()).isEqualTo(Action.KEEP_RUNNING);
        assertThat(report.recommendation().text()).contains("more units per variant");
    }

    @Test
    void unitsThatDoNotMatchTheWeightsRaiseTheSampleRatioAlarmFirst() {
        List<UnitResult> units = new ArrayList<>(conversions(new double[] {0.05, 0.08}, 400, 10, 5));
        units.removeIf(u -> u.variant() == 1 && u.value() == 0 && u.exposedOn().getDayOfMonth() % 2 == 0);
        var report = ExperimentAnalysis.analyse(binary(List.of("A", "B"), units));
        assertThat(report.sampleRatio().mismatch()).isTrue();
        assertThat(report.recommendation().action()).isEqualTo(Action.CHECK_SETUP);
    }

    @Test
    void threeVariantsAreHolmCorrectedAndProbabilitiesToBeBestSumToOne() {
        var report = ExperimentAnalysis.analyse(
                binary(List.of("A", "B", "C"), conversions(new double[] {0.05, 0.05, 0.09}, 300, 15, 6)));
        assertThat(report.comparisons()).hasSize(2);
        report.comparisons().forEach(c -> assertThat(c.adjustedP()).isGreaterThanOrEqualTo(c.pValue()));
        assertThat(report.arms().stream()
                        .mapToDouble(ExperimentReport.Arm::probBest)
                        .sum())
                .isCloseTo(1, within(1e-4));
        assertThat(report.recommendation().variant()).isEqualTo("C");
        assertThat(report.parameters()).containsEntry("sequential_alpha_per_challenger", 0.025);
        assertThat(report.posteriors()).hasSize(3);
    }

    @Test
    void cupedWithAPredictivePrePeriodMetricNarrowsTheInterval() {
        SplittableRandom random = new SplittableRandom(7);
        List<UnitResult> units = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            int arm = i % 2;
            double before = 20 + 10 * random.nextDouble();
            double after = before + (arm == 1 ? 0.5 : 0) + random.nextGaussian();
            units.add(new UnitResult(
                    arm,
                    START.plusDays(i % 14),
                    Optional.of(START.plusDays(i % 14)),
                    after,
                    OptionalDouble.of(before)));
        }
        var report = ExperimentAnalysis.analyse(
                new AnalysisInput(List.of("A", "B"), new double[] {1, 1}, false, 0.05, 0.5, units));

        assertThat(report.cuped()).isPresent();
        assertThat(report.cuped().get().varianceReduction()).isGreaterThan(0.8);
        var c = report.comparisons().getFirst();
        var adjusted = c.cuped().orElseThrow();
        assertThat(adjusted.ciHigh() - adjusted.ciLow()).isLessThan((c.ciHigh() - c.ciLow()) / 2);
        assertThat(adjusted.diff()).isCloseTo(0.5, within(0.15));
        assertThat(report.method()).contains("CUPED");

        // The sequential test watches the adjusted metric: its confidence sequence is far narrower than without.
        List<UnitResult> withoutCovariate = units.stream()
                .map(u ->
                        new UnitResult(u.variant(), u.exposedOn(), u.succeededOn(), u.value(), OptionalDouble.empty()))
                .toList();
        var raw = ExperimentAnalysis.analyse(
                new AnalysisInput(List.of("A", "B"), new double[] {1, 1}, false, 0.05, 0.5, withoutCovariate));
        var rawC = raw.comparisons().getFirst();
        assertThat(c.sequenceHigh() - c.sequenceLow()).isLessThan((rawC.sequenceHigh() - rawC.sequenceLow()) / 2);
        assertThat(report.recommendation().action()).isEqualTo(Action.SHIP);
        assertThat(report.days().getLast().means())
                .isEqualTo(raw.days().getLast().means());
    }

    @Test
    void withoutEnoughUnitsThereIsNoComparisonAndNoCrash() {
        var report = ExperimentAnalysis.analyse(binary(List.of("A", "B"), List.of()));
        assertThat(report.comparisons()).isEmpty();
        assertThat(report.days()).isEmpty();
        assertThat(report.recommendation().action()).isEqualTo(Action.KEEP_RUNNING);
    }
}
