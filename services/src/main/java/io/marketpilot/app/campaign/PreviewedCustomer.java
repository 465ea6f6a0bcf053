package io.marketpilot.app.campaign;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One customer in a campaign's preview: left out with a reason, or a recipient with the time their message is due
 * and the message itself.
 *
 * @param leftOut the reason (wire name, e.g. {@code no_consent}), or null for a recipient
 * @param sendAt when a recipient's message is due, or null
 * @param message a recipient's rendered message, or null
 */
public record PreviewedCustomer(
        String customerId,
        @Nullable String leftOut,
        @Nullable Instant sendAt,
        @Nullable RenderedMessage message) {}
