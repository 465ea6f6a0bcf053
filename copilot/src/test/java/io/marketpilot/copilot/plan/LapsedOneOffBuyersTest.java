package io.marketpilot.copilot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.copilot.tools.CopilotTools;
import io.marketpilot.copilot.tools.Figure;
import io.marketpilot.copilot.tools.ToolResults;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-off buyers get p(alive) 1 from BG/NBD however long ago they bought; "at risk" judges them by the days since
 * their only purchase against the shop's repeat gap ({@value SmallShop#REPEAT_GAP_DAYS} days here) instead.
 */
class LapsedOneOffBuyersTest {
    private static final int RECENT = 0;
    private static final int LAPSED = 1;

    private final SmallShop shop = new SmallShop(List.of(
            // the most value, but they bought within the last month: nothing to win back yet
            new SmallShop.Segment("Recent first-time buyers", 50, 0.3, 400, 1, 0.5, 0, 20, "email", 10),
            new SmallShop.Segment("Lapsed one-off big spenders", 40, 0.3, 350, 1, 0.3, 0, 250, "sms", 9),
            new SmallShop.Segment("Regulars", 60, 0.4, 200, 0.9, 4, 5, 15, "email", 18)));
    private final CopilotTools tools = new CopilotTools(shop);

    @Test
    void longLapsedOneOffBuyersAreAtRiskThoughTheirPAliveIsOne() {
        ToolResults.SegmentValue lapsed = tools.segmentValue(7, LAPSED);

        assertThat(lapsed.meanPAlive()).isEqualTo(1.0);
        assertThat(lapsed.risk().share()).isEqualTo(1.0);
        assertThat(lapsed.risk().lapsedOneOffShare()).isEqualTo(1.0);
        assertThat(lapsed.risk().lowPAliveShare()).isZero();
        assertThat(lapsed.call().figures())
                .contains(
                        new Figure("segment 1 at risk %", "100"),
                        new Figure("segment 1 p(alive) below one half %", "0.0"),
                        new Figure("segment 1 lapsed one-off buyers %", "100"),
                        new Figure("typical repeat gap (days)", "90"));
        assertThat(lapsed.call().summary())
                .contains("100 % at risk (0.0 % with p(alive) below one half, 100 % one-off buyers silent for"
                        + " longer than the shop's typical repeat gap of 90 days)");
    }

    @Test
    void recentOneOffBuyersAreNotAtRisk() {
        ToolResults.SegmentValue recent = tools.segmentValue(7, RECENT);

        assertThat(recent.meanPAlive()).isEqualTo(1.0);
        assertThat(recent.risk().share()).isZero();
        assertThat(recent.call().figures()).contains(new Figure("segment 0 at risk %", "0.0"));
    }

    @Test
    void winBackPicksTheLapsedHighValueOneOffBuyersAndSaysWhatAtRiskMeans() {
        Plan plan = new RuleBasedPlanner(tools).plan("Win back lapsed high-value customers before Christmas");

        assertThat(plan.proposal().segment()).isEqualTo(LAPSED);
        assertThat(plan.proposal().audience())
                .contains("Lapsed one-off big spenders")
                .contains("100 % at risk of lapsing (p(alive) below one half, or bought once and silent for longer"
                        + " than the shop's typical repeat gap of 90 days)");
        assertThat(plan.reasoning()).contains("one-off buyers");
    }

    @Test
    void winBackWeighsTheValueAtRiskInTotalNotPerCustomer() {
        SmallShop sizes = new SmallShop(List.of(
                new SmallShop.Segment("A few lapsed big spenders", 10, 0.1, 500, 1, 0.3, 0, 250, "email", 9),
                new SmallShop.Segment("Many lapsed one-off buyers", 60, 0.5, 300, 1, 0.3, 0, 250, "email", 9),
                new SmallShop.Segment("Regulars", 60, 0.4, 200, 0.9, 4, 5, 15, "email", 18)));

        Plan plan = new RuleBasedPlanner(new CopilotTools(sizes)).plan("Win back lapsed customers");

        assertThat(plan.proposal().segment())
                .as("60 customers at 300 put more at risk than 10 at 500")
                .isEqualTo(1);
        assertThat(plan.reasoning()).contains("in total");
    }
}
