package io.marketpilot.journeys.definition;

import io.marketpilot.core.MarketPilotException;

/** What enters a customer into a journey. */
public sealed interface Trigger {
    /** An event of theirs that matches, e.g. a sign-up or an abandoned cart. */
    record OnEvent(EventMatch event) implements Trigger {
        public OnEvent {
            Rules.present(event, "trigger event");
        }
    }

    /** Entering a segment (by its index in the latest segmentation run) they were not in before. */
    record EntersSegment(int segment) implements Trigger {
        public EntersSegment {
            if (segment < 0) {
                throw MarketPilotException.invalid("a segment index is 0 or more, was " + segment);
            }
        }
    }

    /**
     * A model refresh that moves the customer's figure across a threshold onto {@code side} of it (e.g. churn risk
     * rising to 0.7 or more); staying on that side at the next refresh does not fire again.
     */
    record PredictionCrosses(Prediction prediction, Comparison side, double threshold) implements Trigger {
        public PredictionCrosses {
            Rules.present(prediction, "prediction");
            Rules.present(side, "comparison");
            Rules.finite(threshold, "threshold");
        }
    }

    /**
     * A day relative to a date of the customer's: {@code offsetDays} after it (before it when negative), e.g. 30 days
     * after the first order.
     */
    record DateRelative(CustomerDate field, int offsetDays) implements Trigger {
        public DateRelative {
            Rules.present(field, "customer date");
            if (Math.abs(offsetDays) > 3_660) {
                throw MarketPilotException.invalid("a date offset is at most 3660 days either way, was " + offsetDays);
            }
        }
    }
}
