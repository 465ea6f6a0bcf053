package io.marketpilot.channels.webhook;

import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivery by an HTTP POST of the message as JSON ({@link WebhookPayload}) to a receiver that passes it on: an SMS
 * gateway, a provider we do not speak to natively, the shop's own system. Each request is signed
 * ({@link WebhookSignature}) and carries the message key in {@code X-MarketPilot-Message-Key}, by which a receiver
 * drops a copy it has already taken.
 *
 * <p>The answer decides, by the rules of {@link DeliveryResult}:
 *
 * <ul>
 *   <li>2xx: delivered; the receiver's id is the {@code id} of a JSON answer such as {@code {"id": "SM123"}}, else the
 *       message key;
 *   <li>408, 429, 5xx, no answer within the timeout, a failed connection: temporary, honouring {@code Retry-After};
 *   <li>401 and 403: temporary, because the receiver refuses our signature or credentials, a matter of the channel's
 *       set-up (the secret) and not of the message; redirects likewise (configure the final URL);
 *   <li>410 Gone: permanent, the recipient refused (a receiver says so for a number or id that no longer exists);
 *   <li>any other 4xx: permanent, the message refused.
 * </ul>
 */
public final class WebhookChannel implements Channel {
    /** The header that carries the message key. */
    public static final String KEY_HEADER = "X-MarketPilot-Message-Key";
    /** The most bytes of an answer read: its id, or the start of an error for the reason. */
    private static final int ANSWER_LIMIT = 64 * 1024;

    private final String name;
    private final WebhookSettings settings;
    private final HttpClient client;
    private final Clock clock;

    public WebhookChannel(String name, WebhookSettings settings, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
        String body = WebhookPayload.json(message);
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "MarketPilot")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(settings.secret(), clock.instant(), body))
                .header(KEY_HEADER, message.key())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(ANSWER_LIMIT), StandardCharsets.UTF_8);
            }
            return result(response, answer, message);
        } catch (HttpTimeoutException e) {
            return TemporaryFailure.because(
                    "the webhook did not answer within " + settings.timeout().toMillis() + " ms");
        } catch (IOException e) {
            return TemporaryFailure.because("the webhook cannot be reached: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TemporaryFailure.because("interrupted while waiting for the webhook");
        }
    }

    private DeliveryResult result(HttpResponse<?> response, String answer, OutgoingMessage message) {
        int status = response.statusCode();
        String said = "the webhook answered " + status + snippet(answer);
        if (status >= 200 && status < 300) {
            return new Delivered(WebhookPayload.receiverId(answer).orElse(message.key()));
        }
        if (status == 408 || status == 429 || status >= 500) {
            Optional<String> retryAfter = response.headers().firstValue("Retry-After");
            return new TemporaryFailure(said, retryAfter.flatMap(v -> RetryAfter.parse(v, clock.instant())));
        }
        if (status == 401 || status == 403) {
            return TemporaryFailure.because(said + " (it refuses our signature or credentials: check the secret)");
        }
        if (status == 410) {
            return new PermanentFailure(said, "http-410", Refusal.RECIPIENT);
        }
        if (status >= 400) {
            return new PermanentFailure(said, "http-" + status, Refusal.MESSAGE);
        }
        return TemporaryFailure.because(said + " (not an answer to a POST: configure the endpoint's final URL)");
    }

    private static String snippet(String answer) {
        String line = answer.strip();
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
