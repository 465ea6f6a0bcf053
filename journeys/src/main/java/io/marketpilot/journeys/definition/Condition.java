package io.marketpilot.journeys.definition;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.time.Duration;
import java.util.Optional;

/** What a branch step asks about the customer. */
public sealed interface Condition {
    /** Whether they are in a segment (by index) of the latest segmentation run. */
    record InSegment(int segment) implements Condition {
        public InSegment {
            if (segment < 0) {
                throw MarketPilotException.invalid("a segment index is 0 or more, was " + segment);
            }
        }
    }

    /** Whether one of their profile features (e.g. {@code frequency}) is on a side of a threshold. */
    record Feature(String feature, Comparison comparison, double threshold) implements Condition {
        public Feature {
            Rules.name(feature, "feature");
            Rules.present(comparison, "comparison");
            Rules.finite(threshold, "threshold");
        }
    }

    /**
     * Whether they had a matching event in the last {@code within}, or since they entered the journey when that is
     * empty.
     */
    record EventSeen(EventMatch event, Optional<Duration> within) implements Condition {
        public EventSeen {
            Rules.present(event, "event");
            Rules.present(within, "within").ifPresent(d -> Rules.duration(d, "within"));
        }
    }

    /** Whether the experiment assigns them to {@code arm}. */
    record ExperimentArm(String experimentId, String arm) implements Condition {
        public ExperimentArm {
            Rules.text(experimentId, "experiment id", FieldLimits.ID);
            Rules.text(arm, "arm", FieldLimits.VARIANT);
        }
    }

    /** Whether a model's figure for them is on a side of a threshold. */
    record PredictionIs(Prediction prediction, Comparison comparison, double threshold) implements Condition {
        public PredictionIs {
            Rules.present(prediction, "prediction");
            Rules.present(comparison, "comparison");
            Rules.finite(threshold, "threshold");
        }
    }
}
