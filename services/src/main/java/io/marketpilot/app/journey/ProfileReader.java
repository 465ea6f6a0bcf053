package io.marketpilot.app.journey;

import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.stepper.Profile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the models and the shop know about one customer, read only as far as the journey's branches and waits ask:
 * the segment of the latest segmentation run, the profile features, the model's figures, the arms of the A/B tests it
 * branches on, and the send-time model's hour. A model not built yet (the server's first minutes) knows nothing, so a
 * branch on it takes its else side, as for a customer the model does not know.
 */
final class ProfileReader {
    private final StorePredictions predictions;
    private final StoreSegments segments;
    private final ExperimentService experiments;

    ProfileReader(StorePredictions predictions, StoreSegments segments, ExperimentService experiments) {
        this.predictions = predictions;
        this.segments = segments;
        this.experiments = experiments;
    }

    Profile profile(JourneyDefinition journey, String customerId) {
        List<Condition> asked = conditions(journey);
        if (asked.isEmpty()) {
            return Profile.UNKNOWN;
        }
        Map<String, String> arms = new HashMap<>();
        asked.stream()
                .filter(c -> c instanceof Condition.ExperimentArm)
                .map(c -> ((Condition.ExperimentArm) c).experimentId())
                .distinct()
                .forEach(id -> experiments.stickyArm(id, customerId).ifPresent(arm -> arms.put(id, arm)));
        return new Profile(
                asks(asked, Condition.Feature.class) ? features(customerId) : Map.of(),
                asks(asked, Condition.PredictionIs.class) ? figures(customerId) : Map.of(),
                asks(asked, Condition.InSegment.class) ? segment(customerId) : Optional.empty(),
                arms);
    }

    /** The send-time model's hour for the customer, read only when the journey waits for it. */
    Optional<Integer> preferredHour(JourneyDefinition journey, String customerId) {
        boolean waits = journey.steps().stream().anyMatch(s -> s instanceof Step.WaitForSendTime);
        return waits ? predictions.sendTime(customerId).map(r -> r.hour()) : Optional.empty();
    }

    private static List<Condition> conditions(JourneyDefinition journey) {
        return journey.steps().stream()
                .filter(s -> s instanceof Step.Branch)
                .map(s -> ((Step.Branch) s).condition())
                .toList();
    }

    private static boolean asks(List<Condition> asked, Class<? extends Condition> kind) {
        return asked.stream().anyMatch(kind::isInstance);
    }

    /** Their features with a value (a feature unknown for them makes its condition false). */
    private Map<String, Double> features(String customerId) {
        Map<String, Double> known = new HashMap<>();
        segments.featureTable().latest().ifPresent(t -> t.values(customerId).forEach((name, value) -> {
            if (Double.isFinite(value)) {
                known.put(name, value);
            }
        }));
        return known;
    }

    private Map<Prediction, Double> figures(String customerId) {
        return predictions
                .model()
                .latest()
                .flatMap(m -> Optional.ofNullable(m.outlooks().get(customerId)))
                .map(ModelTriggers::figures)
                .orElse(Map.of());
    }

    private Optional<Integer> segment(String customerId) {
        return segments.runs().latest().flatMap(run -> segments.segmentOf(run.id(), customerId));
    }
}
