package io.marketpilot.app.campaign;

import io.marketpilot.core.delivery.OutgoingMessage;
import org.jspecify.annotations.Nullable;

/**
 * One recipient's message as it would leave: for previews and the review step.
 *
 * @param channel the channel it would leave through, e.g. {@code email} or {@code outbox}
 * @param unsubscribeUrl the recipient's signed one-click unsubscribe link, or null for a message without one
 */
public record RenderedMessage(
        String key,
        String channel,
        String recipient,
        @Nullable String subject,
        String text,
        @Nullable String html,
        @Nullable String unsubscribeUrl) {

    static RenderedMessage of(OutgoingMessage m) {
        return new RenderedMessage(
                m.key(),
                m.channel(),
                m.recipient(),
                m.subject().orElse(null),
                m.text(),
                m.html().orElse(null),
                m.unsubscribe().map(u -> u.web().toString()).orElse(null));
    }
}
