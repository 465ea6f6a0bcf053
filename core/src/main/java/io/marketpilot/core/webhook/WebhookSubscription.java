package io.marketpilot.core.webhook;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A receiver's standing order for some of the product's events. The secret is kept as given because each request is
 * signed with it (HMAC needs the key itself, not a hash of it); {@link #toString} hides it.
 *
 * @param id the store's number for it (0 before it is stored)
 * @param url where the events are posted
 * @param types the events it wants, at least one
 * @param secret the key of the HMAC signature
 * @param active whether new events are sent to it
 * @param createdBy who subscribed it
 * @param createdAt when
 */
public record WebhookSubscription(
        long id,
        String url,
        Set<WebhookEventType> types,
        String secret,
        boolean active,
        String createdBy,
        Instant createdAt) {
    /** The longest URL kept. */
    public static final int URL_LIMIT = 2_000;
    /** The longest secret kept. */
    public static final int SECRET_LIMIT = 200;

    public WebhookSubscription {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (types.isEmpty()) {
            throw MarketPilotException.invalid("a webhook subscription needs at least one event type");
        }
        if (url.length() > URL_LIMIT) {
            throw MarketPilotException.invalid("a webhook URL has at most " + URL_LIMIT + " characters");
        }
        if (secret.length() > SECRET_LIMIT) {
            throw MarketPilotException.invalid("a webhook secret has at most " + SECRET_LIMIT + " characters");
        }
        types = Set.copyOf(EnumSet.copyOf(types));
    }

    /** Whether it takes events of {@code type} now. */
    public boolean wants(WebhookEventType type) {
        return active && types.contains(type);
    }

    @Override
    public String toString() {
        return "WebhookSubscription[id=" + id + ", url=" + url + ", types=" + types + ", secret=***, active=" + active
                + "]";
    }
}
