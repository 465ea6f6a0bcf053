package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;
import java.util.Optional;

/**
 * A message to queue: for whom, when it is due, and which variant of the content it carries.
 *
 * @param variant the experiment variant or content item chosen for this recipient, or empty when there is one
 */
public record PlannedSend(SendKey key, Instant dueAt, Optional<String> variant) {
    public PlannedSend {
        Check.present(key, "send key");
        Check.present(dueAt, "due time");
        Check.present(variant, "variant").ifPresent(v -> Check.id(v, "variant", FieldLimits.VARIANT));
    }
}
