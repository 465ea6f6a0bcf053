package io.marketpilot.core.experiment;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One decided round of a campaign's optimisation loop: what won, what was retired, what distinguished the winner,
 * and which challengers were drafted for the next round (to be approved by a person before they run).
 *
 * @param outcome {@code winner} or {@code no_difference}
 * @param winner the winning variant's name, or null when no variant beat the control
 * @param challengerSource who drafted the challengers (the content writer's name and model), kept as provenance
 * @param nextExperimentId the draft experiment of the next round, or null when there is none
 */
public record OptimisationRound(
        long id,
        String campaignId,
        int round,
        String experimentId,
        String outcome,
        @Nullable String winner,
        List<String> retired,
        String distinguished,
        List<String> challengers,
        String challengerSource,
        @Nullable String nextExperimentId,
        String recommendation,
        LocalDateTime decidedAt) {
    public OptimisationRound {
        retired = List.copyOf(retired);
        challengers = List.copyOf(challengers);
    }
}
