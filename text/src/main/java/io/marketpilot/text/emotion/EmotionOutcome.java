package io.marketpilot.text.emotion;

import java.util.Objects;

/** What emotion analysis of one text yields: a score, or why the model does not apply to it. */
public sealed interface EmotionOutcome {

    /** The text was classified. */
    record Classified(EmotionScore score) implements EmotionOutcome {
        public Classified {
            Objects.requireNonNull(score, "score");
        }
    }

    /** The text carries nothing to classify (empty) or is in a language the head was not trained on. */
    record NotClassified(String reason, String language) implements EmotionOutcome {
        public NotClassified {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(language, "language");
        }
    }
}
