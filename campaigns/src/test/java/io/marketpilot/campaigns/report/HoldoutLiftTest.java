package io.marketpilot.campaigns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldoutLiftTest {
    private static final double Z95 = 1.959963984540054;
    private static final Instant AT = Instant.parse("2024-03-05T10:00:00Z");

    /**
     * Newcombe, R. G. (1998), "Interval estimation for the difference between independent proportions: comparison of
     * eleven methods", Statistics in Medicine 17, 873-890, Table II, method 10 (the hybrid score interval), at four
     * decimals; the same figures come out of an independent Python implementation run here
     * (Wilson limits from scipy.stats.norm.ppf(0.975), then the paper's formula).
     */
    @Test
    void reproducesNewcombesWorkedExamples() {
        assertInterval(HoldoutLift.newcombe(56, 70, 48, 80, Z95), 0.0524, 0.3339);
        assertInterval(HoldoutLift.newcombe(9, 10, 3, 10, Z95), 0.1705, 0.8090);
        assertInterval(HoldoutLift.newcombe(6, 7, 2, 7, Z95), 0.0582, 0.8062);
        assertInterval(HoldoutLift.newcombe(5, 56, 0, 29, Z95), -0.0381, 0.1926);
        assertInterval(HoldoutLift.newcombe(0, 10, 0, 20, Z95), -0.1611, 0.2775);
        assertInterval(HoldoutLift.newcombe(10, 10, 0, 20, Z95), 0.6791, 1.0000);
    }

    private static void assertInterval(Interval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
    }

    private static List<CustomerOutcome> outcomes(String prefix, double... revenues) {
        List<CustomerOutcome> list = new ArrayList<>();
        for (int i = 0; i < revenues.length; i++) {
            String id = prefix + i;
            list.add(new CustomerOutcome(
                    id,
                    revenues[i] > 0 ? Optional.of(new OrderFact(id, "O-" + id, AT, revenues[i])) : Optional.empty()));
        }
        return list;
    }

    /**
     * Welch's interval against scipy 1.17.1: {@code stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95)}
     * with a = [0, 0, 25.5, 0, 40, 0, 0, 12, 0, 0], b = [0, 0, 0, 30, 0, 0] gives (-11.86318992007366,
     * 17.36318992007366) with df 11.935362053363793; at 0.90, (-9.20192789537147, 14.701927895371464).
     */
    @Test
    void reproducesWelchsIntervalAsScipyComputesIt() {
        var recipients = outcomes("R-", 0, 0, 25.5, 0, 40, 0, 0, 12, 0, 0);
        var holdout = outcomes("H-", 0, 0, 0, 30, 0, 0);

        LiftReport report = HoldoutLift.compare(recipients, holdout, 0.95);

        assertThat(report.revenueDifference()).isCloseTo(2.75, within(1e-12));
        assertThat(report.revenueInterval().orElseThrow().low()).isCloseTo(-11.86318992007366, within(1e-9));
        assertThat(report.revenueInterval().orElseThrow().high()).isCloseTo(17.36318992007366, within(1e-9));
        assertThat(report.revenueDegreesOfFreedom().orElseThrow()).isCloseTo(11.935362053363793, within(1e-9));
        Interval at90 =
                HoldoutLift.compare(recipients, holdout, 0.90).revenueInterval().orElseThrow();
        assertThat(at90.low()).isCloseTo(-9.20192789537147, within(1e-9));
        assertThat(at90.high()).isCloseTo(14.701927895371464, within(1e-9));
    }

    @Test
    void reportsRatesTheirDifferenceAndTheRelativeLift() {
        var recipients = outcomes("R-", 0, 0, 25.5, 0, 40, 0, 0, 12, 0, 0);
        var holdout = outcomes("H-", 0, 0, 0, 30, 0, 0);

        LiftReport report = HoldoutLift.compare(recipients, holdout, 0.95);

        assertThat(report.recipients().conversions()).isEqualTo(3);
        assertThat(report.recipients().conversionRate()).isEqualTo(0.3);
        assertThat(report.holdout().conversionRate()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(report.conversionDifference()).isCloseTo(0.3 - 1.0 / 6, within(1e-15));
        assertThat(report.relativeLift().orElseThrow()).isCloseTo(0.8, within(1e-12));
        assertThat(report.conversionInterval().orElseThrow().containsZero()).isTrue();
    }

    @Test
    void leavesOutWhatTheDataCannotGive() {
        var none = outcomes("H-", 0, 0, 0);
        LiftReport noHoldoutConversions = HoldoutLift.compare(outcomes("R-", 10, 0), none, 0.95);
        assertThat(noHoldoutConversions.relativeLift()).isEmpty();

        LiftReport emptyHoldout = HoldoutLift.compare(outcomes("R-", 10, 0), List.of(), 0.95);
        assertThat(emptyHoldout.conversionInterval()).isEmpty();
        assertThat(emptyHoldout.revenueInterval()).isEmpty();

        LiftReport noRevenueAnywhere = HoldoutLift.compare(outcomes("R-", 0, 0), none, 0.95);
        assertThat(noRevenueAnywhere.revenueInterval()).isEmpty();
        assertThat(noRevenueAnywhere.conversionInterval()).isPresent();
    }
}
