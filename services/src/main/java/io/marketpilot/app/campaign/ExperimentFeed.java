package io.marketpilot.app.campaign;

import io.marketpilot.app.experiment.BanditService;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.PrimaryMetric;
import io.marketpilot.core.input.FieldLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds an experiment campaign's sends, opens, clicks and attributed orders to its experiment: a send is the unit's
 * exposure, an open too (the same unit, counted once), a click the experiment's click, an attributed order its
 * conversion with the order's revenue. The variant is the one queued for the recipient, never one from a request.
 * A bandit learns once per recipient (each message is one pull of its arm), with delayed feedback: a click within
 * the attribution window (reward 1) for click-through, the customer's first attributed order (reward 1) for
 * conversion; {@link BanditWindows} settles the rest when the window closes (0 for no success, the recipient's
 * attributed revenue, maybe 0, for revenue per user). Whichever settles first stores the recipient's one
 * {@code reward} campaign event and the later one finds it, so a zero never follows a success nor a success a zero.
 * Event ids are derived from the campaign and customer (and order), so a replay counts once.
 */
final class ExperimentFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentFeed.class);

    private static final String REWARD_PREFIX = "reward:";

    private final EventIntake intake;
    private final ExperimentService experiments;
    private final BanditService bandits;
    private final CampaignStores stores;
    private final Clock clock;

    ExperimentFeed(
            EventIntake intake,
            ExperimentService experiments,
            BanditService bandits,
            CampaignStores stores,
            Clock clock) {
        this.intake = intake;
        this.experiments = experiments;
        this.bandits = bandits;
        this.stores = stores;
        this.clock = clock;
    }

    void exposure(Campaign campaign, String customerId, Optional<String> variant) {
        feed(
                campaign,
                customerId,
                variant,
                "exposure",
                "campaign-exposure:" + campaign.id() + "/" + customerId,
                0,
                Optional.empty());
    }

    void click(Campaign campaign, String customerId, Optional<String> variant) {
        if (feed(
                        campaign,
                        customerId,
                        variant,
                        "click",
                        "campaign-click:" + campaign.id() + "/" + customerId,
                        0,
                        Optional.empty())
                && withinWindow(campaign, customerId, clock.instant())) {
            // a click after the window is left to the window's close, which has settled (or will settle) a zero
            reward(campaign, customerId, variant, PrimaryMetric.CLICK_THROUGH, 1, "click");
        }
    }

    /**
     * An order attributed to the campaign, as the experiment's conversion with the order's revenue.
     *
     * @param orderedAt when the order was placed, in the shop's zone
     * @param eventId the conversion's id, one per order, so a replayed order counts once
     * @param firstForCustomer whether it is the customer's first conversion from this campaign: a conversion-rate
     *     bandit learns from it; a revenue bandit learns the recipient's total when the window closes
     */
    void conversion(
            Campaign campaign,
            String customerId,
            Optional<String> variant,
            String eventId,
            double revenue,
            LocalDateTime orderedAt,
            boolean firstForCustomer) {
        if (feed(campaign, customerId, variant, "conversion", eventId, revenue, Optional.of(orderedAt))) {
            if (firstForCustomer) {
                reward(campaign, customerId, variant, PrimaryMetric.CONVERSION, 1, "conversion");
            }
        }
    }

    /** Rewards the recipient's arm when the campaign's experiment is a bandit that learns from {@code metric}. */
    private void reward(
            Campaign campaign,
            String customerId,
            Optional<String> variant,
            PrimaryMetric metric,
            double reward,
            String evidence) {
        if (variant.isPresent()) {
            learningBandit(campaign, metric)
                    .ifPresent(e -> settle(campaign, e.id(), customerId, variant.get(), reward, evidence));
        }
    }

    /** The campaign's experiment when it is a bandit learning from {@code metric}. */
    Optional<Experiment> learningBandit(Campaign campaign, PrimaryMetric metric) {
        if (!(campaign.content() instanceof ContentRef.Experiment e)) {
            return Optional.empty();
        }
        return experiments.find(e.experimentId()).filter(x -> x.bandit() && x.metric() == metric);
    }

    /**
     * Settles the recipient's one reward: stores their {@code reward} event and, when it is new, rewards the arm.
     * Returns whether this call settled it (false: it was settled before, by success or by the window).
     *
     * @param evidence what decided the reward, kept as the event's detail
     */
    boolean settle(
            Campaign campaign, String experimentId, String customerId, String variant, double reward, String evidence) {
        boolean first = stores.events()
                .record(new CampaignEvent(
                        rewardEventId(campaign.id(), customerId),
                        campaign.id(),
                        customerId,
                        CampaignEventKind.REWARD,
                        clock.instant(),
                        evidence + ": " + reward,
                        0));
        if (!first) {
            return false;
        }
        try {
            bandits.reward(experimentId, variant, reward);
        } catch (MarketPilotException refused) {
            // the bandit stopped, or its policy takes no such reward: the event stands, the intake goes on
            LOG.info(
                    "campaign={} experiment={} reward refused reason=\"{}\"",
                    campaign.id(),
                    experimentId,
                    refused.getMessage());
        }
        return true;
    }

    /** Whether {@code at} falls before the end of the attribution window of the recipient's message. */
    private boolean withinWindow(Campaign campaign, String customerId, Instant at) {
        return stores.queue()
                .find(new SendKey(campaign.id(), customerId))
                .flatMap(QueuedSend::sentAt)
                .map(sent -> at.isBefore(sent.plus(campaign.attributionWindow())))
                .orElse(false);
    }

    /** The recipient's reward event id: campaign and customer, readable when it fits, else a hash of both. */
    static String rewardEventId(String campaignId, String customerId) {
        String plain = REWARD_PREFIX + campaignId + "/" + customerId;
        if (plain.length() <= FieldLimits.EVENT_ID) {
            return plain;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((campaignId + "/" + customerId).getBytes(StandardCharsets.UTF_8));
            return REWARD_PREFIX + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    /** Sends one event to the intake; returns whether it was new. */
    private boolean feed(
            Campaign campaign,
            String customerId,
            Optional<String> variant,
            String type,
            String id,
            double value,
            Optional<LocalDateTime> at) {
        if (!(campaign.content() instanceof ContentRef.Experiment e)) {
            return false;
        }
        Map<String, Object> event = new HashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("experimentId", e.experimentId());
        event.put("unitId", customerId);
        variant.ifPresent(v -> event.put("variant", v));
        if (value > 0) {
            event.put("value", value);
        }
        // the experiment events are dated in the shop's zone, as orders are
        at.ifPresent(t -> event.put("occurredAt", t.toString()));
        EventIntake.Result result = intake.ingest(List.of(event));
        if (!result.rejected().isEmpty()) {
            // the experiment stopped or changed since the campaign was scheduled: the campaign's own events stand
            LOG.info(
                    "campaign={} experiment={} event={} refused reason=\"{}\"",
                    campaign.id(),
                    e.experimentId(),
                    type,
                    result.rejected().getFirst().reason());
        }
        return result.saved() > 0;
    }
}
