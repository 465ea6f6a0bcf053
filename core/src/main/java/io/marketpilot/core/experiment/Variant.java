package io.marketpilot.core.experiment;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * One arm of an experiment: a name, its allocation weight and what it shows, either a content variant's id or any
 * payload (a subject line, a price, JSON). {@code approved} says a person approved it for use; an experiment only
 * starts when every variant is approved (the content review workflow sets it for generated content).
 *
 * @param contentId the content variant's id, or null for a free payload
 */
public record Variant(String name, double weight, @Nullable String contentId, String payload, boolean approved) {
    public Variant {
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("Every variant needs a name");
        }
        TextRules.requireFits("variant name", name, FieldLimits.VARIANT);
        TextRules.requireFits("contentId", contentId, FieldLimits.VARIANT);
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw MarketPilotException.invalid("Variant '" + name + "' needs a positive weight, not " + weight);
        }
        payload = payload == null ? "" : payload;
        TextRules.requireFits("payload of variant '" + name + "'", payload, FieldLimits.VARIANT_PAYLOAD);
    }

    public Variant approve() {
        return new Variant(name, weight, contentId, payload, true);
    }
}
