package io.marketpilot.app.campaign;

import io.marketpilot.app.experiment.BanditService;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.PrimaryMetric;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds an experiment campaign's sends, opens, clicks and attributed orders to its experiment: a send is the unit's
 * exposure, an open too (the same unit, counted once), a click the experiment's click, an attributed order its
 * conversion with the order's revenue. The variant is the one queued for the recipient, never one from a request.
 * A bandit learns from the event its primary metric counts: a click (reward 1) for click-through, the customer's
 * first attributed order (reward 1) for conversion, every attributed order's revenue for revenue per user. Event ids
 * are derived from the campaign and customer (and order), so a replay counts once.
 */
final class ExperimentFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentFeed.class);

    private final EventIntake intake;
    private final ExperimentService experiments;
    private final BanditService bandits;

    ExperimentFeed(EventIntake intake, ExperimentService experiments, BanditService bandits) {
        this.intake = intake;
        this.experiments = experiments;
        this.bandits = bandits;
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
                Optional.empty())) {
            reward(campaign, variant, PrimaryMetric.CLICK_THROUGH, 1);
        }
    }

    /**
     * An order attributed to the campaign, as the experiment's conversion with the order's revenue.
     *
     * @param orderedAt when the order was placed, in the shop's zone
     * @param eventId the conversion's id, one per order, so a replayed order counts once
     * @param firstForCustomer whether it is the customer's first conversion from this campaign: a conversion-rate
     *     bandit learns once per recipient
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
            reward(campaign, variant, PrimaryMetric.REVENUE_PER_USER, revenue);
            if (firstForCustomer) {
                reward(campaign, variant, PrimaryMetric.CONVERSION, 1);
            }
        }
    }

    /** Rewards the recipient's arm when the campaign's experiment is a bandit that learns from {@code metric}. */
    private void reward(Campaign campaign, Optional<String> variant, PrimaryMetric metric, double reward) {
        if (!(campaign.content() instanceof ContentRef.Experiment e) || variant.isEmpty()) {
            return;
        }
        Optional<Experiment> experiment = experiments.find(e.experimentId());
        if (experiment.isEmpty()
                || !experiment.get().bandit()
                || experiment.get().metric() != metric) {
            return;
        }
        try {
            bandits.reward(e.experimentId(), variant.get(), reward);
        } catch (MarketPilotException refused) {
            // the bandit stopped, or its policy takes no such reward: the event stands, the intake goes on
            LOG.info(
                    "campaign={} experiment={} reward refused reason=\"{}\"",
                    campaign.id(),
                    e.experimentId(),
                    refused.getMessage());
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
