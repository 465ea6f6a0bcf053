package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdFitterTest {
    private static final BgNbdParameters TRUTH = new BgNbdParameters(0.25, 4.8, 0.73, 2.2);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.3, 3.6, 14.9);

    @Test
    void recoversTheParametersOfCustomersDrawnFromTheModel() {
        RfmSummaries drawn = SyntheticCustomers.draw(TRUTH, SPEND, 60_000, SyntheticCustomers.Timing.EXACT, 7);
        ClvModel model = ClvModel.fit(drawn);
        BgNbdParameters p = model.purchases().parameters();
        // three to four standard deviations of the estimates at this size, measured over seeds 1..12:
        // r 1.2 %, alpha 1.5 %, a 4.5 %, b 5.5 %, mean spend 0.6 %
        assertThat(p.r()).isCloseTo(TRUTH.r(), withinPercentage(5));
        assertThat(p.alpha()).isCloseTo(TRUTH.alpha(), withinPercentage(6));
        assertThat(p.a()).isCloseTo(TRUTH.a(), withinPercentage(15));
        assertThat(p.b()).isCloseTo(TRUTH.b(), withinPercentage(18));
        GammaGammaParameters s = model.spend().parameters();
        assertThat(s.p() * s.gamma() / (s.q() - 1))
                .as("population mean spend")
                .isCloseTo(SPEND.p() * SPEND.gamma() / (SPEND.q() - 1), withinPercentage(3));
    }

    @Test
    void customersWhoNeverDropOutGetThePosteriorModeAndSaySo() {
        // dropout probability ~1e-7 per purchase: the likelihood keeps rising as a -> 0, as on a year of the UCI
        // Online Retail file
        // (whether a draw's likelihood peaks inside or at the edge varies with the seed; this one's runs to the edge)
        BgNbdParameters noDropout = new BgNbdParameters(0.8, 10, 0.00001, 100);
        RfmSummaries drawn = SyntheticCustomers.draw(noDropout, SPEND, 5_000, SyntheticCustomers.Timing.EXACT, 4);

        BgNbdFit fit = BgNbdFitter.fit(drawn.customers());

        assertThat(fit.estimation()).startsWith("posterior mode").contains("no interior maximum");
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(noDropout.r(), withinPercentage(10));
        assertThat(p.alpha()).isCloseTo(noDropout.alpha(), withinPercentage(12));
        // what the data say: hardly anyone drops out (mean dropout probability a / (a + b) near 0)
        assertThat(p.a() / (p.a() + p.b())).isLessThan(0.01);
        // the prior moves the likelihood by little: the same data's log-likelihood at the drawn parameters is close
        double atTruth = new BgNbdLikelihood(RfmGroups.of(drawn.customers()))
                .valueAndGradient(new double[] {0.8, 10, 0.00001, 100}, new double[4]);
        assertThat(fit.logLikelihood()).isGreaterThan(atTruth - 5);
    }

    @Test
    void wellPlacedDataAreFittedByMaximumLikelihood() {
        assertThat(BgNbdFitter.fit(CdnowSample.calibration().customers()).estimation())
                .isEqualTo(BgNbdFit.MAXIMUM_LIKELIHOOD);
    }

    @Test
    void sameDataGiveTheSameFit() {
        List<RfmSummary> customers = CdnowSample.calibration().customers();
        assertThat(BgNbdFitter.fit(customers)).isEqualTo(BgNbdFitter.fit(customers));
    }

    @Test
    void refusesDataWithoutRepeatPurchases() {
        List<RfmSummary> onceOnly = List.of(new RfmSummary("a", 0, 0, 10, 0), new RfmSummary("b", 0, 0, 20, 0));
        assertThatThrownBy(() -> BgNbdFitter.fit(onceOnly))
                .isInstanceOf(MarketPilotException.class)
                .satisfies(e -> assertThat(((MarketPilotException) e).code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("at least one repeat purchase");
    }

    @Test
    void refusesAnEmptyCustomerList() {
        assertThatThrownBy(() -> BgNbdFitter.fit(List.of()))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("no customers to fit");
    }
}
