package io.marketpilot.channels.webhook;

import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Delivery by an HTTP POST of the message as JSON ({@link WebhookPayload}) to a receiver that passes it on: an SMS
 * gateway, a provider we do not speak to natively, the shop's own system. Each request is signed
 * ({@link WebhookSignature}) and carries the message key in {@code X-MarketPilot-Message-Key}, by which a receiver
 * drops a copy it has already taken. What the receiver's answer means is {@link WebhookPost}'s to say.
 */
public final class WebhookChannel implements Channel {
    /** The header that carries the message key. */
    public static final String KEY_HEADER = "X-MarketPilot-Message-Key";

    private final String name;
    private final WebhookSettings settings;
    private final WebhookPost post;

    public WebhookChannel(String name, WebhookSettings settings, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.post = new WebhookPost(settings.timeout(), clock);
    }

    /** A channel on the system clock. */
    public WebhookChannel(String name, WebhookSettings settings) {
        this(name, settings, Clock.systemUTC());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        return post.post(
                        settings.endpoint(),
                        settings.secret(),
                        WebhookPayload.json(message),
                        Map.of(KEY_HEADER, message.key()),
                        message.key())
                .result();
    }
}
