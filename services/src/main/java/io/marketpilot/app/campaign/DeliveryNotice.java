package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.ChannelKind;
import java.util.Optional;

/**
 * What a delivery provider reported about one message after it left: a hard bounce (the address does not exist), a
 * soft bounce (try later) or a complaint (marked as spam).
 *
 * @param recipient the address the provider tried
 * @param messageKey the message's key as it was sent (the {@code Message-ID}'s local part or the webhook's idempotency
 *     key: {@code campaign/customer}), when the provider echoes it
 */
public record DeliveryNotice(Kind kind, ChannelKind channel, String recipient, Optional<String> messageKey) {
    /** What happened to the message. */
    public enum Kind {
        HARD_BOUNCE,
        SOFT_BOUNCE,
        COMPLAINT;

        /** The lower-case name providers' payloads use, e.g. {@code hard_bounce}. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
