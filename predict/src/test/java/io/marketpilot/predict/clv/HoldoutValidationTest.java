package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HoldoutValidationTest {
    private static HoldoutReport report;

    @BeforeAll
    static void validate() {
        report = HoldoutValidation.validate(
                CdnowSample.transactions(), CdnowSample.CALIBRATION_END, CdnowSample.HOLDOUT_END);
    }

    @Test
    void tracksThirtyNineHoldoutWeeksEndingAtTheActualRepeatTotal() {
        assertThat(report.tracking()).hasSize(39);
        TrackingPoint last = report.tracking().get(38);
        assertThat(last.actual()).isEqualTo(1882);
        assertThat(report.accuracy().actualTotal()).isEqualTo(1882);
        assertThat(last.predicted())
                .isEqualTo(report.accuracy().model().predictedTotal(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(report.tracking())
                .isSortedAccordingTo((p, q) -> Double.compare(p.predicted(), q.predicted()))
                .isSortedAccordingTo((p, q) -> Double.compare(p.actual(), q.actual()));
    }

    @Test
    void modelBeatsTheNaiveRateBaselinePerCustomer() {
        assertThat(report.accuracy().model().meanAbsoluteError())
                .isLessThan(report.accuracy().naive().meanAbsoluteError());
        assertThat(report.accuracy().model().rootMeanSquaredError())
                .isLessThan(report.accuracy().naive().rootMeanSquaredError());
    }

    @Test
    void groupsCustomersByCalibrationFrequency() {
        assertThat(report.byFrequency()).hasSize(8);
        assertThat(report.byFrequency().stream()
                        .mapToInt(FrequencyBucket::customers)
                        .sum())
                .isEqualTo(2357);
        assertThat(report.byFrequency().get(7).andAbove()).isTrue();
    }

    @Test
    void printsATableWithTheFitAndTheErrors() {
        assertThat(report.toTable())
                .contains("BG/NBD r=0.2426 alpha=4.4136 a=0.7929 b=2.4259")
                .contains("actual")
                .contains("naive");
    }

    @Test
    void ignoresHoldoutPurchasesOfCustomersNewAfterCalibration() {
        List<Transaction> transactions = new ArrayList<>(CdnowSample.transactions());
        transactions.add(new Transaction("new", LocalDate.of(1997, 12, 1), 10));
        transactions.add(new Transaction("new", LocalDate.of(1998, 2, 1), 10));
        HoldoutReport small =
                HoldoutValidation.validate(transactions, CdnowSample.CALIBRATION_END, CdnowSample.HOLDOUT_END);
        assertThat(small.newCustomerTransactionsIgnored()).isEqualTo(2);
        assertThat(small.accuracy().actualTotal()).isEqualTo(1882);
        assertThat(small.accuracy().customers()).isEqualTo(2357);
    }

    @Test
    void rejectsAHoldoutThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> HoldoutValidation.validate(
                        CdnowSample.transactions(), CdnowSample.CALIBRATION_END, CdnowSample.CALIBRATION_END))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("must be after the calibration end");
    }
}
