package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;

/** One training example for a {@link TextClassifier}: a label from the user's own set and the text it labels. */
public record LabelledExample(String label, String text) {
    public LabelledExample {
        if (label == null || label.isBlank()) {
            throw MarketPilotException.invalid("a labelled example needs a non-blank label");
        }
        if (text == null || text.isBlank()) {
            throw MarketPilotException.invalid("the example labelled '" + label + "' has a blank text");
        }
        label = label.strip();
    }
}
