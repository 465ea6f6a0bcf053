package io.marketpilot.app.campaign;

import io.marketpilot.app.experiment.BanditService;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.experiment.Experiment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds an experiment campaign's sends, opens and clicks to its experiment: a send is the unit's exposure, an open
 * too (the same unit, counted once), a click the experiment's click (and, for a bandit, a reward of 1 to the
 * recipient's arm). Event ids are derived from the campaign and customer, so a replay counts once.
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
        feed(campaign, customerId, variant, "exposure", "campaign-exposure:");
    }

    void click(Campaign campaign, String customerId, Optional<String> variant) {
        if (feed(campaign, customerId, variant, "click", "campaign-click:") && variant.isPresent()) {
            String experimentId = ((ContentRef.Experiment) campaign.content()).experimentId();
            Optional<Experiment> experiment = experiments.find(experimentId);
            if (experiment.isPresent() && experiment.get().bandit()) {
                bandits.reward(experimentId, variant.get(), 1);
            }
        }
    }

    /** Sends one event to the intake; returns whether it was new. */
    private boolean feed(Campaign campaign, String customerId, Optional<String> variant, String type, String prefix) {
        if (!(campaign.content() instanceof ContentRef.Experiment e)) {
            return false;
        }
        Map<String, Object> event = new java.util.HashMap<>();
        event.put("id", prefix + campaign.id() + "/" + customerId);
        event.put("type", type);
        event.put("experimentId", e.experimentId());
        event.put("unitId", customerId);
        variant.ifPresent(v -> event.put("variant", v));
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
