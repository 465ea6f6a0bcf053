package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClvModelTest {
    /** The published CDNOW parameters, so that predictions can be checked against SciPy independently of a fit. */
    private static final ClvModel PUBLISHED = new ClvModel(
            new BgNbdFit(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), -9582.4, 2357, 0),
            new GammaGammaFit(new GammaGammaParameters(6.25, 3.74, 15.44), -4055.9, 946, 0, 0),
            LocalDate.of(1997, 9, 30),
            0);

    @Test
    void matchesScipyReferenceForSpendAndDiscountedClv() {
        // src/test/python/bgnbd_reference.py, monthly steps of 365.25 / 12 / 7 weeks
        for (double[] row : ReferenceCsv.rows("clv_reference.csv")) {
            RfmSummary customer = new RfmSummary("c", (int) row[0], row[1], row[2], row[3]);
            CustomerValue value = PUBLISHED.predict(customer, new ClvHorizon(39, (int) row[4], row[5]));
            assertThat(value.expectedSpend()).isCloseTo(row[6], withinPercentage(1e-10));
            assertThat(value.clv()).as("CLV of %s", customer).isCloseTo(row[7], withinPercentage(1e-8));
        }
    }

    @Test
    void predictsThePapersExampleCustomer() {
        CustomerValue v = PUBLISHED.predict(new RfmSummary("c", 2, 30.43, 38.86, 25.5), new ClvHorizon(39, 12, 0.01));
        assertThat(v.customerId()).isEqualTo("c");
        assertThat(v.expectedPurchases()).isCloseTo(1.226, withinPercentage(0.05));
        assertThat(v.pAlive()).isCloseTo(0.7266, withinPercentage(0.01));
        assertThat(v.churnRisk()).isCloseTo(1 - v.pAlive(), withinPercentage(1e-12));
    }

    @Test
    void discountingLowersValueAndNoMonthsMeanNoValue() {
        RfmSummary customer = new RfmSummary("c", 5, 30, 38, 40);
        double undiscounted =
                PUBLISHED.predict(customer, new ClvHorizon(52, 24, 0)).clv();
        double discounted =
                PUBLISHED.predict(customer, new ClvHorizon(52, 24, 0.02)).clv();
        assertThat(discounted).isPositive().isLessThan(undiscounted);
        assertThat(PUBLISHED.predict(customer, new ClvHorizon(52, 0, 0.01)).clv())
                .isZero();
    }

    @Test
    void undiscountedClvIsSpendTimesExpectedPurchasesOverTheSameSpan() {
        RfmSummary customer = new RfmSummary("c", 3, 20, 38, 30);
        CustomerValue v = PUBLISHED.predict(customer, new ClvHorizon(12 * ClvHorizon.WEEKS_PER_MONTH, 12, 0));
        assertThat(v.clv()).isCloseTo(v.expectedSpend() * v.expectedPurchases(), withinPercentage(1e-9));
    }

    @Test
    void predictsCustomersInTheOrderGiven() {
        List<RfmSummary> customers = List.of(new RfmSummary("z", 0, 0, 30, 0), new RfmSummary("a", 4, 28, 30, 20));
        assertThat(PUBLISHED.predict(customers, ClvHorizon.oneYear()))
                .extracting(CustomerValue::customerId)
                .containsExactly("z", "a");
    }

    @Test
    void fitCarriesItsProvenance() {
        RfmSummaries summaries = CdnowSample.calibration();
        ClvModel model = ClvModel.fit(summaries);
        assertThat(model.calibrationEnd()).isEqualTo(LocalDate.of(1997, 9, 30));
        assertThat(model.customers()).isEqualTo(2357);
        assertThat(model.futureTransactionsExcluded()).isEqualTo(summaries.futureTransactionsExcluded());
    }

    @Test
    void rejectsNegativeHorizons() {
        assertThatThrownBy(() -> new ClvHorizon(-1, 12, 0.01)).isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> new ClvHorizon(52, -1, 0.01)).isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> new ClvHorizon(52, 12, -1)).isInstanceOf(MarketPilotException.class);
    }
}
