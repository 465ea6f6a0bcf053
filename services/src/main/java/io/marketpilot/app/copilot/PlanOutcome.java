package io.marketpilot.app.copilot;

import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.HoldoutLiftView;
import io.marketpilot.copilot.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a plan predicted beside what the campaigns it launched measured: the plan's ranges, and per campaign the
 * recipients and the conversion lift over its holdout exactly as the campaign's report measures them. A campaign is
 * measured once it is scheduled (its audience resolved, its holdout drawn); before that nothing is, and the summary
 * says so rather than showing zeros.
 *
 * @param predicted the plan's estimates, each a range
 * @param campaigns each launched campaign as its report stands now
 * @param measured whether a launched campaign has recipients and a holdout to compare
 * @param summary predicted against measured in a sentence, or why nothing is measured yet
 */
public record PlanOutcome(
        long planId, List<Plan.Estimate> predicted, List<Measured> campaigns, boolean measured, String summary) {
    public PlanOutcome {
        predicted = List.copyOf(predicted);
        campaigns = List.copyOf(campaigns);
    }

    /** The estimate the rule-based planner names for its recipient range. */
    static final String RECIPIENTS = "recipients";

    private static final String CAMPAIGN = "campaign:";

    /**
     * A launched campaign as its report measures it.
     *
     * @param recipients customers sent to, outside the holdout; 0 before it is scheduled
     * @param lift recipients against the holdout, or null before it is scheduled
     */
    public record Measured(
            String campaignId,
            String name,
            String status,
            long recipients,
            @Nullable HoldoutLiftView lift) {
        boolean scheduled() {
            return lift != null;
        }
    }

    /** The outcome of {@code plan}, reading each launched campaign's report through {@code reports}. */
    static PlanOutcome of(PlanView plan, Function<String, CampaignReport> reports) {
        List<Measured> campaigns = new ArrayList<>();
        for (String draft : plan.launched()) {
            if (draft.startsWith(CAMPAIGN)) {
                CampaignReport r = reports.apply(draft.substring(CAMPAIGN.length()));
                campaigns.add(new Measured(r.campaignId(), r.name(), r.status(), r.recipients(), r.lift()));
            }
        }
        List<Plan.Estimate> predicted = plan.plan().estimates();
        boolean measured = campaigns.stream().anyMatch(Measured::scheduled);
        return new PlanOutcome(plan.id(), predicted, campaigns, measured, summary(plan, predicted, campaigns));
    }

    private static String summary(PlanView plan, List<Plan.Estimate> predicted, List<Measured> campaigns) {
        if (campaigns.isEmpty()) {
            return "Nothing measured: the plan is " + plan.status() + " and launched no campaign.";
        }
        Optional<Plan.Estimate> recipients =
                predicted.stream().filter(e -> e.name().equals(RECIPIENTS)).findFirst();
        List<String> parts = new ArrayList<>();
        for (Measured m : campaigns) {
            parts.add(sentence(m, recipients));
        }
        return String.join(" ", parts);
    }

    private static String sentence(Measured m, Optional<Plan.Estimate> recipients) {
        HoldoutLiftView lift = m.lift();
        if (lift == null) {
            return "Not measured yet: campaign " + m.campaignId() + " is " + m.status()
                    + "; it is measured once it is scheduled and sent (its recipients against its holdout over the"
                    + " attribution window).";
        }
        StringBuilder s = new StringBuilder(
                "Campaign " + m.campaignId() + " (" + m.status() + ") reached " + m.recipients() + " recipients");
        recipients.ifPresent(e -> s.append(" against ")
                .append(e.low())
                .append(" to ")
                .append(e.high())
                .append(" predicted")
                .append(within(m.recipients(), e)));
        s.append(". ");
        s.append(lift.verdict());
        return s.toString();
    }

    /** Whether a measured count fell inside the predicted range, when the range is written as whole numbers. */
    private static String within(long measured, Plan.Estimate range) {
        try {
            long low = Long.parseLong(range.low());
            long high = Long.parseLong(range.high());
            return measured >= low && measured <= high ? " (within the range)" : " (outside the range)";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
