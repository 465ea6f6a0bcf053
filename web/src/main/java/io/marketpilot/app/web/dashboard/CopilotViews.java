package io.marketpilot.app.web.dashboard;

import io.marketpilot.app.campaign.HoldoutLiftView;
import io.marketpilot.app.copilot.PlanOutcome;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.tools.ToolCall;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The view models of the Copilot pages. */
public final class CopilotViews {
    private static final String CAMPAIGN = "campaign:";
    private static final String JOURNEY = "journey:";

    private CopilotViews() {}

    /** One row of the plan list: the plan and what its campaigns measured. */
    public record Row(PlanView plan, PlanOutcome outcome) {
        /** The predicted recipient range, e.g. {@code 120 to 140}, or a dash for a plan that estimates none. */
        public String predictedRecipients() {
            return PlanOutcome.recipientEstimate(plan.plan())
                    .map(e -> e.low() + " to " + e.high())
                    .orElse("—");
        }

        /** What was measured, in a few words: recipients and lift, not measured yet, or nothing launched. */
        public String measured() {
            for (PlanOutcome.Measured m : outcome.campaigns()) {
                HoldoutLiftView lift = m.lift();
                if (lift != null) {
                    return m.recipients() + " recipients, " + lift(lift);
                }
            }
            if (!outcome.campaigns().isEmpty()) {
                return "not measured yet (campaign "
                        + outcome.campaigns().getFirst().status() + ")";
            }
            return "—";
        }
    }

    /**
     * The list and the goal box.
     *
     * @param canWrite whether the caller may ask for plans and review them (marketers and admins)
     * @param goal the goal to show again after a refusal
     */
    public record ListView(
            Frame frame, List<Row> rows, boolean canWrite, String goal, String message, String defaultPlanner) {}

    /** A draft a plan launched, as a link to the page that reviews it. */
    public record DraftLink(String kind, String id, String href) {}

    /** The plan's drafts as links: campaigns to their page, journeys to theirs. */
    public static List<DraftLink> drafts(List<String> launched) {
        List<DraftLink> links = new java.util.ArrayList<>();
        for (String d : launched) {
            if (d.startsWith(CAMPAIGN)) {
                String id = d.substring(CAMPAIGN.length());
                links.add(new DraftLink("draft campaign", id, "/campaigns/" + id));
            } else if (d.startsWith(JOURNEY)) {
                String id = d.substring(JOURNEY.length());
                links.add(new DraftLink("paused journey", id, "/journeys/" + id));
            }
        }
        return links;
    }

    /** One tool call as the page lists it: its number on the page (the anchor estimates and numbers link to). */
    public record CallRow(int number, ToolCall call) {
        public String arguments() {
            return call.arguments().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    /** An estimate with the number of the tool call that computed it (0 when the call is not the plan's). */
    public record EstimateRow(Plan.Estimate estimate, int call) {}

    /**
     * A plan's page.
     *
     * @param numbers every number the plan states, with where each came from
     * @param canWrite whether the caller may approve or reject
     */
    public record Detail(
            Frame frame,
            PlanView plan,
            PlanOutcome outcome,
            List<EstimateRow> estimates,
            List<PlanTrace.TracedNumber> numbers,
            List<CallRow> calls,
            boolean canWrite,
            String message) {
        public boolean proposed() {
            return plan.status().equals("proposed");
        }

        /** Approved but not launched: its channel had no approved content when it was approved. */
        public boolean launchable() {
            return plan.status().equals("approved");
        }

        public Plan.Proposal proposal() {
            return plan.plan().proposal();
        }
    }

    /** A lift in a few words: the conversion difference and its interval, or why there is none. */
    public static String lift(HoldoutLiftView lift) {
        if (lift.conversionDifference() == null || lift.conversionLow() == null || lift.conversionHigh() == null) {
            return "no lift measurable yet (a group is empty)";
        }
        return CampaignViews.points(lift.conversionDifference()) + " conversion ("
                + CampaignViews.points(lift.conversionLow()) + " to " + CampaignViews.points(lift.conversionHigh())
                + ", " + String.format(Locale.ROOT, "%.0f", 100 * lift.confidence()) + " % interval)";
    }
}
