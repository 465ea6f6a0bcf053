package io.marketpilot.core.content;

import java.util.Objects;

/**
 * Who wrote a text: the provider and model, and why the path was taken when it was not the configured one (e.g.
 * "circuit open: fell back to the offline composer"); {@code note} is empty otherwise.
 */
public record ContentProvenance(String provider, String model, String note) {
    public ContentProvenance {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        note = note == null ? "" : note;
    }
}
