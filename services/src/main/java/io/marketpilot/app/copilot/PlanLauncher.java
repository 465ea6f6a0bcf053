package io.marketpilot.app.copilot;

import io.marketpilot.app.campaign.CampaignService;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.NewCampaign;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.journey.JourneyApplied;
import io.marketpilot.app.journey.JourneyService;
import io.marketpilot.copilot.plan.Intent;
import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.journeys.codec.JourneyCodec;
import io.marketpilot.journeys.definition.Comparison;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns an approved plan into drafts in the flows that already review them, and sends nothing: a draft campaign to
 * the plan's segment at each customer's send time with the plan's holdout; for a win-back or reactivation also a
 * paused journey that catches the segment's customers whose churn risk rises later; and, when the channel has no
 * approved content yet, draft variants written from the plan's content brief for the Content page's review.
 */
final class PlanLauncher {
    /** How far ahead a plan's send-time window reaches. */
    private static final Duration WINDOW = Duration.ofDays(7);
    /** The churn risk at which the drafted journey takes a customer in. */
    static final double JOURNEY_CHURN_RISK = 0.5;
    /** How long the journey waits after its message for the goal (an order) before it lets the customer go. */
    private static final Duration JOURNEY_LINGER = Duration.ofDays(7);
    /** How soon a customer may enter the drafted journey again. */
    private static final Duration JOURNEY_REENTRY = Duration.ofDays(90);
    /** The variants drafted from a brief, as the Content page's default. */
    private static final int VARIANTS = 3;

    private final CampaignService campaigns;
    private final JourneyService journeys;
    private final StoreContent content;
    private final QuietHours quietHours;
    private final Clock clock;

    PlanLauncher(
            CampaignService campaigns,
            JourneyService journeys,
            StoreContent content,
            QuietHours quietHours,
            Clock clock) {
        this.campaigns = campaigns;
        this.journeys = journeys;
        this.content = content;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /**
     * What launching did: the drafts created (e.g. {@code campaign:plan-3-win-back}, {@code journey:plan-3-win-back}),
     * the content drafted from the brief, and a sentence for the person who approved.
     */
    record Launch(Optional<String> campaignId, Optional<String> journeyId, List<Long> contentDrafts, String note) {
        Launch {
            contentDrafts = List.copyOf(contentDrafts);
        }

        /** The drafts as the plan keeps them. */
        List<String> drafts() {
            List<String> drafts = new ArrayList<>();
            campaignId.ifPresent(id -> drafts.add(PlanOutcome.CAMPAIGN + id));
            journeyId.ifPresent(id -> drafts.add(PlanOutcome.JOURNEY + id));
            return drafts;
        }
    }

    /** The newest approved content item of the plan's channel, which its drafts send. */
    Optional<ContentItem> approvedContent(Plan plan) {
        String channel = channel(plan).wireName();
        return content.approved().stream()
                .filter(c -> c.target().channel().equals(channel))
                .max(Comparator.comparingLong(ContentItem::id));
    }

    /** Creates the plan's draft campaign, and its journey for a win-back or reactivation, sending {@code item}. */
    Launch launch(long planId, Plan plan, ContentItem item, String actor) {
        ChannelKind channel = channel(plan);
        Instant now = clock.instant();
        NewCampaign request = new NewCampaign(
                Optional.of(draftId(planId, plan)),
                "Plan " + planId + ": " + plan.intent().wireName() + " - " + abbreviated(plan.goal(), 80),
                AudienceSpec.Segment.byIndex(
                        Optional.of(plan.proposal().runId()), plan.proposal().segment()),
                new ContentRef.Approved(List.of(item.id())),
                channel,
                Optional.empty(),
                Optional.of(new Schedule.SendTime(now, now.plus(WINDOW), quietHours)),
                Optional.of(plan.proposal().holdoutShare()),
                Optional.empty(),
                plan.intent() != Intent.ENGAGE,
                true,
                Optional.empty());
        CampaignView draft = campaigns.create(request, actor);
        Optional<String> journey = lapses(plan.intent())
                ? Optional.of(journey(planId, plan, item, actor).journey().id())
                : Optional.empty();
        String note = "Draft campaign " + draft.id() + " created"
                + journey.map(j -> " and paused journey " + j + " (resume it on the Journeys page to let it take"
                                + " customers in)")
                        .orElse("")
                + "; nothing is sent before its review.";
        return new Launch(Optional.of(draft.id()), journey, List.of(), note);
    }

    /**
     * Writes draft variants from the plan's content brief into the Content page's review queue, for a channel with no
     * approved content; a generator that fails is reported in the note, the approval stands.
     */
    Launch draftContent(long planId, Plan plan, String actor) {
        ChannelKind channel = channel(plan);
        String next = " Approve one on the Content page, then launch the plan (plan launch " + planId
                + ", or Launch on its page).";
        try {
            StoreContent.Batch batch = content.generate(
                    new GenerateRequest(
                            channel.wireName(),
                            String.valueOf(plan.proposal().segment()),
                            null,
                            null,
                            abbreviated(plan.proposal().contentBrief(), FieldLimits.CONTENT_GOAL),
                            null,
                            language(plan.goal()),
                            "",
                            List.of(),
                            VARIANTS,
                            planId),
                    actor);
            List<Long> ids = batch.items().stream().map(ContentItem::id).toList();
            return new Launch(
                    Optional.empty(),
                    Optional.empty(),
                    ids,
                    "No approved " + channel.wireName() + " content existed, so " + ids.size()
                            + " draft variants were written from the plan's content brief (content " + ids + ")."
                            + next);
        } catch (MarketPilotException failed) {
            return new Launch(
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    "No approved " + channel.wireName() + " content exists, and drafting it from the brief failed: "
                            + failed.getMessage() + ". Write it on the Content page." + next);
        }
    }

    /**
     * The always-on half of a win-back: customers of the plan's segment whose churn risk rises past one half get the
     * same message at their send time, a share held out as in the plan, once per 90 days, until they order.
     */
    private JourneyApplied journey(long planId, Plan plan, ContentItem item, String actor) {
        ChannelKind channel = channel(plan);
        int segment = plan.proposal().segment();
        JourneyDefinition definition = new JourneyDefinition(
                draftId(planId, plan),
                abbreviated("Plan " + planId + ": " + plan.intent().wireName() + " journey", FieldLimits.NAME),
                new Trigger.PredictionCrosses(Prediction.CHURN_RISK, Comparison.AT_LEAST, JOURNEY_CHURN_RISK),
                List.of(
                        new Step.Branch("in-segment", new Condition.InSegment(segment), "send-hour", "not-audience"),
                        new Step.WaitForSendTime("send-hour", Optional.empty()),
                        new Step.Send(
                                "message",
                                channel,
                                new ContentRef.Approved(List.of(item.id())),
                                Optional.empty(),
                                Optional.empty()),
                        new Step.Wait("linger", JOURNEY_LINGER, Optional.of("done")),
                        new Step.Exit("not-audience"),
                        new Step.Exit("done")),
                Optional.of(new Goal.PlacedOrder()),
                new ReEntry.OncePer(JOURNEY_REENTRY),
                plan.proposal().holdoutShare());
        return journeys.applyDraft(JourneyCodec.write(definition), actor);
    }

    private static boolean lapses(Intent intent) {
        return intent == Intent.WIN_BACK || intent == Intent.REACTIVATE;
    }

    private static ChannelKind channel(Plan plan) {
        return ChannelKind.parse(plan.proposal().channel());
    }

    /** The id a plan's drafts share, e.g. {@code plan-3-win-back}. */
    private static String draftId(long planId, Plan plan) {
        return "plan-" + planId + "-" + plan.intent().wireName();
    }

    /** Chinese when the goal is written in Han characters, else English: the brief is written in the goal's words. */
    private static String language(String goal) {
        return goal.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh"
                : "en";
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
