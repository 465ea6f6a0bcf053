package io.marketpilot.text.sentiment.learned;

import java.util.Objects;

/** One review with its gold polarity ({@code positive} or {@code negative}). */
public record LabelledText(String text, String label) {
    public static final String POSITIVE = "positive";
    public static final String NEGATIVE = "negative";

    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
