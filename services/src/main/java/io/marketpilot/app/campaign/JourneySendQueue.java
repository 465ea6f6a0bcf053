package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.Approval;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.PlannedSend;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.input.FieldLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns' side of a journey's send step: the step's own campaign (one per journey, version and send step,
 * created sending on first use and marked as the journey's, so the sender serves it and never closes it), and each
 * customer's message queued once per entry, keyed by the enrolment, so the sender's rules, channels, tracking and
 * exactly-once delivery are the campaigns' own.
 */
public final class JourneySendQueue {
    private final CampaignStores stores;
    private final CampaignContent content;
    private final QuietHours quietHours;
    private final Clock clock;

    JourneySendQueue(CampaignStores stores, CampaignContent content, QuietHours quietHours, Clock clock) {
        this.stores = stores;
        this.content = content;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /**
     * One send step of one journey version, as its campaign is made from it.
     *
     * @param author who saved the journey version (the campaign's author)
     */
    public record StepCampaign(
            String journeyId,
            int version,
            String stepId,
            String journeyName,
            ChannelKind channel,
            ContentRef content,
            Optional<String> topic,
            String author) {}

    /** Refuses content that is not approved or does not fit the channel, as scheduling a campaign does. */
    public void requireSendable(ContentRef ref, ChannelKind channel) {
        content.requireSendable(ref, channel);
    }

    /** The step's campaign, created (sending, marked as the journey's) the first time any customer reaches it. */
    public Campaign stepCampaign(StepCampaign step) {
        String id = campaignId(step.journeyId(), step.version(), step.stepId());
        Optional<Campaign> existing = stores.campaigns().find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        String name = "Journey " + step.journeyName() + " v" + step.version() + " step " + step.stepId();
        if (name.length() > FieldLimits.NAME) {
            name = name.substring(0, FieldLimits.NAME);
        }
        Campaign campaign = new Campaign(
                id,
                name,
                // never resolved: the journey's triggers choose who reaches the step
                AudienceSpec.Segment.byName(Optional.empty(), "journey:" + step.journeyId()),
                step.content(),
                step.channel(),
                step.topic(),
                new Schedule.Now(quietHours),
                // the journey measures itself against its own holdout
                0.0,
                Campaign.DEFAULT_PRIORITY,
                false,
                true,
                Campaign.DEFAULT_ATTRIBUTION_WINDOW,
                CampaignStatus.SENDING,
                step.author(),
                now,
                // the content was approved in the studio; the journey's activation is what starts the step's sends
                Optional.of(new Approval("journey:" + step.journeyId(), now)));
        stores.campaigns().createForJourney(campaign);
        return stores.campaigns().find(id).orElse(campaign);
    }

    /**
     * Queues the customer's message of the step for {@code occurrence} (their enrolment), due at {@code sendAt}.
     * Returns false when it was queued before (a worker that died after queuing it and before moving on).
     */
    public boolean enqueue(Campaign stepCampaign, String customerId, long occurrence, Instant sendAt) {
        Optional<String> variant = content.variantFor(stepCampaign, customerId, Optional.empty());
        return stores.queue()
                        .enqueue(List.of(new PlannedSend(
                                new SendKey(stepCampaign.id(), customerId, occurrence), sendAt, variant)))
                == 1;
    }

    /**
     * The id of a step's campaign: {@code jrn-} and 32 hex digits of SHA-256 over journey, version and step, as
     * journey and step ids may hold characters (':') or lengths a campaign id may not.
     */
    static String campaignId(String journeyId, int version, String stepId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((journeyId + "\n" + version + "\n" + stepId).getBytes(StandardCharsets.UTF_8));
            return "jrn-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
