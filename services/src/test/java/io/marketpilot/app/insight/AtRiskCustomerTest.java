package io.marketpilot.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.predict.clv.RfmSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who counts as at risk: p(alive) below the threshold, or a one-off buyer (p(alive) 1 by BG/NBD's construction)
 * silent for longer than the shop's repeat gap, here the 90th percentile of ten repeat buyers' mean gaps of 10 to 100
 * days (91 days).
 */
class AtRiskCustomerTest {
    private final Lapses lapses = Lapses.of(summaries());

    private static List<RfmSummary> summaries() {
        List<RfmSummary> all = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            // two repeat purchase days, 10·i days apart on average: recency in weeks = 2 · 10i / 7
            all.add(new RfmSummary("R" + i, 2, 20.0 * i / 7, 40, 50));
        }
        all.add(new RfmSummary("QUIET", 0, 0, 200.0 / 7, 0));
        all.add(new RfmSummary("RECENT", 0, 0, 30.0 / 7, 0));
        return all;
    }

    private static StorePredictions.CustomerOutlook outlook(String id, double pAlive) {
        return new StorePredictions.CustomerOutlook(id, 900, 1, pAlive, 0.4, 300);
    }

    @Test
    void aOneOffBuyerSilentLongerThanTheRepeatGapIsAtRiskThoughPAliveIsOne() {
        assertThat(lapses.gap()).hasValueSatisfying(g -> assertThat(g.days()).isBetween(90.0, 100.0));

        assertThat(AtRiskCustomer.of(outlook("QUIET", 1.0), 0.5, lapses)).hasValueSatisfying(c -> {
            assertThat(c.reason()).isEqualTo(AtRiskCustomer.LAPSED_ONE_OFF);
            assertThat(c.daysSinceLastPurchase()).isCloseTo(200.0, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(AtRiskCustomer.of(outlook("RECENT", 1.0), 0.5, lapses)).isEmpty();
    }

    @Test
    void aRepeatBuyerIsJudgedByPAliveAlone() {
        assertThat(AtRiskCustomer.of(outlook("R3", 0.3), 0.5, lapses))
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo(AtRiskCustomer.LOW_P_ALIVE));
        assertThat(AtRiskCustomer.of(outlook("R3", 0.7), 0.5, lapses)).isEmpty();
    }

    @Test
    void withoutRepeatBuyersNoOneOffBuyerIsJudgedLapsed() {
        Lapses noRepeats = Lapses.of(List.of(new RfmSummary("QUIET", 0, 0, 200.0 / 7, 0)));

        assertThat(noRepeats.gap()).isEmpty();
        assertThat(noRepeats.lapsedOneOff("QUIET")).isFalse();
    }
}
