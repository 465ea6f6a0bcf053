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
