package io.marketpilot.copilot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.copilot.tools.CopilotTools;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedPlannerTest {
    private final RuleBasedPlanner planner = new RuleBasedPlanner(new CopilotTools(new SmallShop()));

    @Test
    void winBackTargetsTheSegmentWithTheMostValueAtRiskOnItsPreferredChannel() {
        Plan plan = planner.plan("Win back lapsed high-value customers before Christmas");

        assertThat(plan.intent()).isEqualTo(Intent.WIN_BACK);
        assertThat(plan.proposal().segment()).isEqualTo(1);
        assertThat(plan.proposal().channel()).isEqualTo("sms");
        assertThat(plan.proposal().audience()).contains("Lapsing high value");
        assertThat(plan.proposal().timing()).contains("hour 8");
    }

    @Test
    void reactivationTargetsTheLeastActiveSegment() {
        Plan plan = planner.plan("Reactivate dormant customers");

        assertThat(plan.intent()).isEqualTo(Intent.REACTIVATE);
        assertThat(plan.proposal().segment()).isEqualTo(2);
        assertThat(plan.proposal().channel()).isEqualTo("email");
    }

    @Test
    void launchAndGrowTargetTheActiveHighValueSegment() {
        assertThat(planner.plan("Launch the new headset in China").intent()).isEqualTo(Intent.LAUNCH);
        assertThat(planner.plan("Launch the new headset in China").proposal().segment())
                .isEqualTo(0);
        assertThat(planner.plan("Upsell our high value customers").proposal().segment())
                .isEqualTo(0);
    }

    @Test
    void aGoalWithoutARecognisedIntentKeepsTheLargestSegmentEngaged() {
        Plan plan = planner.plan("Something for the spring");

        assertThat(plan.intent()).isEqualTo(Intent.ENGAGE);
        assertThat(plan.proposal().segment()).isEqualTo(2);
    }

    @Test
    void everyEstimateIsARangeTracedToACallThePlanMadeAndTheHoldoutHasAnMde() {
        Plan plan = planner.plan("win back lapsed customers");

        List<String> callIds = plan.toolCalls().stream().map(ToolCall::id).toList();
        assertThat(plan.estimates()).hasSize(2).allSatisfy(e -> {
            assertThat(callIds).contains(e.toolCallId());
            assertThat(Double.parseDouble(e.low())).isLessThanOrEqualTo(Double.parseDouble(e.high()));
        });
        // 30 customers, 3 suppressed, 3 without consent: 24 reachable, less a 10 % holdout
        assertThat(plan.estimates().getFirst().low()).isEqualTo("21");
        assertThat(plan.estimates().getFirst().high()).isEqualTo("27");
        assertThat(plan.proposal().measurement()).contains("Hold out 10 %");
        assertThat(plan.snapshotIds()).contains("segmentation-run:7", "orders:test");
        assertThat(plan.reasoning()).contains("Spring sale").contains("+1.20 points (-0.40 to +2.80)");
    }

    @Test
    void theVerifierRefusesAPlanStatingANumberNoToolReturned() {
        Plan honest = planner.plan("win back lapsed customers");
        Plan invented = new Plan(
                honest.goal(),
                honest.intent(),
                honest.planner(),
                honest.promptVersion(),
                honest.proposal(),
                honest.estimates(),
                honest.reasoning() + " Expect 37 extra orders.",
                honest.toolCalls());

        assertThat(PlanVerifier.verify(honest)).isSameAs(honest);
        assertThatThrownBy(() -> PlanVerifier.verify(invented))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("states 37, which no tool returned");
    }

    @Test
    void theVerifierRefusesAnEstimateNamingACallThePlanDidNotMake() {
        Plan honest = planner.plan("win back lapsed customers");
        List<Plan.Estimate> estimates = new ArrayList<>(honest.estimates());
        estimates.add(new Plan.Estimate("orders", "21", "27", "orders", "made_up()@nothing"));
        Plan forged = new Plan(
                honest.goal(),
                honest.intent(),
                honest.planner(),
                honest.promptVersion(),
                honest.proposal(),
                estimates,
                honest.reasoning(),
                honest.toolCalls());

        assertThatThrownBy(() -> PlanVerifier.verify(forged)).hasMessageContaining("made_up()@nothing");
    }

    @Test
    void theVerifierRefusesAnEstimateWhoseBoundsAreNotFiguresOfTheCallItNames() {
        Plan honest = planner.plan("win back lapsed customers");
        Plan.Estimate recipients = honest.estimates().getFirst();
        // 24 is a real figure (reach's reachable), but not one of the outlook call the estimate cites
        Plan stretched = new Plan(
                honest.goal(),
                honest.intent(),
                honest.planner(),
                honest.promptVersion(),
                honest.proposal(),
                List.of(new Plan.Estimate(
                        recipients.name(), recipients.low(), "24", recipients.unit(), recipients.toolCallId())),
                honest.reasoning(),
                honest.toolCalls());

        assertThatThrownBy(() -> PlanVerifier.verify(stretched))
                .hasMessageContaining("gives 24, which is no figure of outlook(");
    }

    @Test
    void theVerifierRefusesASegmentNoCallReadAndAHoldoutNoCallWasDesignedWith() {
        Plan honest = planner.plan("win back lapsed customers");
        Plan.Proposal p = honest.proposal();
        Plan otherSegment = withProposal(
                honest,
                new Plan.Proposal(
                        p.runId(),
                        9,
                        p.audience(),
                        p.offer(),
                        p.channel(),
                        p.timing(),
                        p.contentBrief(),
                        p.holdoutShare(),
                        p.measurement()));
        Plan otherHoldout = withProposal(
                honest,
                new Plan.Proposal(
                        p.runId(),
                        p.segment(),
                        p.audience(),
                        p.offer(),
                        p.channel(),
                        p.timing(),
                        p.contentBrief(),
                        0.2,
                        p.measurement()));

        assertThatThrownBy(() -> PlanVerifier.verify(otherSegment))
                .hasMessageContaining("proposes segment 9 of run 7, which no tool call read");
        assertThatThrownBy(() -> PlanVerifier.verify(otherHoldout))
                .hasMessageContaining("holds out a share of 0.2, which no holdout_design or outlook call was made");
    }

    private static Plan withProposal(Plan plan, Plan.Proposal proposal) {
        return new Plan(
                plan.goal(),
                plan.intent(),
                plan.planner(),
                plan.promptVersion(),
                proposal,
                plan.estimates(),
                plan.reasoning(),
                plan.toolCalls());
    }

    @Test
    void thePlanReadsBackFromItsJsonUnchanged() {
        Plan plan = planner.plan("win back lapsed customers");

        assertThat(PlanCodec.read(PlanCodec.write(plan))).isEqualTo(plan);
    }
}
