package io.marketpilot.app.copilot;

import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.HoldoutLiftView;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.copilot.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a plan predicted beside what the campaigns and journeys it launched measured: the plan's ranges, per campaign
 * the recipients and the conversion lift over its holdout exactly as the campaign's report measures them, and per
 * journey its entries and conversions against its holdout as the journey's report does. A campaign is
 * measured once it is scheduled (its audience resolved, its holdout drawn); before that nothing is, and the summary
 * says so rather than showing zeros.
 *
 * @param predicted the plan's estimates, each a range
 * @param campaigns each launched campaign as its report stands now
 * @param journeys each launched journey as its report stands now
 * @param measured whether a launched campaign has recipients and a holdout to compare, or a journey has entries
 * @param summary predicted against measured in a sentence, or why nothing is measured yet
 */
public record PlanOutcome(
        long planId,
        List<Plan.Estimate> predicted,
        List<Measured> campaigns,
        List<JourneyMeasured> journeys,
        boolean measured,
        String summary) {
    public PlanOutcome {
        predicted = List.copyOf(predicted);
        campaigns = List.copyOf(campaigns);
        journeys = List.copyOf(journeys);
    }

    /** The word a recipient estimate's name contains, whichever planner named it. */
    private static final String RECIPIENT = "recipient";

    /** How a plan names a draft campaign it launched. */
    static final String CAMPAIGN = "campaign:";
    /** How a plan names a draft journey it launched. */
    static final String JOURNEY = "journey:";

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

    /**
     * A launched journey as its report measures it: entries outside and inside its holdout, conversions, and the
     * report's verdict on the difference.
     */
    public record JourneyMeasured(
            String journeyId,
            String name,
            String status,
            long entered,
            long holdoutEntered,
            long converted,
            String verdict) {
        static JourneyMeasured of(JourneyReport r) {
            return new JourneyMeasured(
                    r.journeyId(), r.name(), r.status(), r.entered(), r.holdoutEntered(), r.converted(), r.verdict());
        }

        String sentence() {
            return entered + holdoutEntered == 0
                    ? "Journey " + journeyId + " (" + status + ") has taken nobody in yet."
                    : "Journey " + journeyId + " (" + status + "): " + entered + " entered, " + converted
                            + " converted, " + holdoutEntered + " held out. " + verdict;
        }
    }

    /** The plan's recipient range, whatever its planner named it (any estimate whose name says recipients). */
    public static Optional<Plan.Estimate> recipientEstimate(Plan plan) {
        return plan.estimates().stream()
                .filter(e -> e.name().toLowerCase(Locale.ROOT).contains(RECIPIENT))
                .findFirst();
    }

    /** The outcome of {@code plan}, reading each launched campaign's and journey's report. */
    static PlanOutcome of(
            PlanView plan, Function<String, CampaignReport> reports, Function<String, JourneyReport> journeyReports) {
        List<Measured> campaigns = new ArrayList<>();
        List<JourneyMeasured> journeys = new ArrayList<>();
        for (String draft : plan.launched()) {
            if (draft.startsWith(CAMPAIGN)) {
                CampaignReport r = reports.apply(draft.substring(CAMPAIGN.length()));
                campaigns.add(new Measured(r.campaignId(), r.name(), r.status(), r.recipients(), r.lift()));
            } else if (draft.startsWith(JOURNEY)) {
                journeys.add(JourneyMeasured.of(journeyReports.apply(draft.substring(JOURNEY.length()))));
            }
        }
        List<Plan.Estimate> predicted = plan.plan().estimates();
        boolean measured = campaigns.stream().anyMatch(Measured::scheduled)
                || journeys.stream().anyMatch(j -> j.entered() + j.holdoutEntered() > 0);
        return new PlanOutcome(plan.id(), predicted, campaigns, journeys, measured, summary(plan, campaigns, journeys));
    }

    private static String summary(PlanView plan, List<Measured> campaigns, List<JourneyMeasured> journeys) {
        if (campaigns.isEmpty() && journeys.isEmpty()) {
            return "Nothing measured: the plan is " + plan.status() + " and launched no campaign.";
        }
        Optional<Plan.Estimate> recipients = recipientEstimate(plan.plan());
        List<String> parts = new ArrayList<>();
        for (Measured m : campaigns) {
            parts.add(sentence(m, recipients));
        }
        journeys.forEach(j -> parts.add(j.sentence()));
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
