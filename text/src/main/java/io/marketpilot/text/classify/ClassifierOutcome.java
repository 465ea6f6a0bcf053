package io.marketpilot.text.classify;

import java.util.Objects;

/** What classifying one text yields: a prediction, or why the classifier does not apply to the text. */
public sealed interface ClassifierOutcome {

    /** The text was classified. */
    record Classified(Prediction prediction) implements ClassifierOutcome {
        public Classified {
            Objects.requireNonNull(prediction, "prediction");
        }
    }

    /** The text is empty or in a language the classifier was not trained on ({@code language}: en, zh, und). */
    record NotClassified(String reason, String language) implements ClassifierOutcome {
        public NotClassified {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(language, "language");
        }
    }
}
