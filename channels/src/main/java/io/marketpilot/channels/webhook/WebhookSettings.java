package io.marketpilot.channels.webhook;

import io.marketpilot.core.MarketPilotException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a webhook channel posts and the secret it signs with. Messages carry phone numbers and addresses, so the
 * endpoint is HTTPS unless it is on this machine; the secret is at least 16 characters, and {@link #toString} hides it.
 *
 * @param endpoint the receiver's URL
 * @param secret the shared secret of the HMAC signature
 * @param timeout how long to wait for the connection, and then for the answer
 */
public record WebhookSettings(URI endpoint, String secret, Duration timeout) {
    /** The shortest secret accepted: 16 characters, 128 bits when random. */
    public static final int MIN_SECRET_LENGTH = 16;

    public WebhookSettings {
        Objects.requireNonNull(endpoint, "webhook.url");
        Objects.requireNonNull(secret, "webhook.secret");
        Objects.requireNonNull(timeout, "webhook.timeout-seconds");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        String host = endpoint.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw MarketPilotException.invalid("webhook.url must be an absolute http(s) URL, not '" + endpoint + "'");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw MarketPilotException.invalid(
                    "webhook.url must use https: messages carry recipients' addresses (http only for this machine)");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw MarketPilotException.invalid(
                    "webhook.secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw MarketPilotException.invalid("webhook.timeout-seconds must be positive");
        }
    }

    /** Settings with a 10-second timeout. */
    public static WebhookSettings of(URI endpoint, String secret) {
        return new WebhookSettings(endpoint, secret, Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return "WebhookSettings[endpoint=" + endpoint + ", secret=***, timeout=" + timeout + "]";
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
    }
}
