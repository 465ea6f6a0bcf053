package io.marketpilot.channels.webhook;

import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One signed JSON POST to a receiver and what its answer means, shared by the webhook channel (messages) and webhooks
 * out (the product's events). The body is signed ({@link WebhookSignature}) at the moment of posting, and the answer
 * decides, by the rules of {@link DeliveryResult}:
 *
 * <ul>
 *   <li>2xx: delivered; the receiver's id is the {@code id} of a JSON answer such as {@code {"id": "SM123"}}, else the
 *       key given;
 *   <li>408, 429, 5xx, no answer within the timeout, a failed connection: temporary, honouring {@code Retry-After};
 *   <li>401 and 403: temporary, because the receiver refuses our signature or credentials, a matter of the set-up (the
 *       secret) and not of the body; redirects likewise (configure the final URL);
 *   <li>410 Gone: permanent, the recipient refused (a receiver says so for a number or id that no longer exists);
 *   <li>any other 4xx: permanent, the body refused.
 * </ul>
 */
public final class WebhookPost {
    /** The most bytes of an answer read: its id, or the start of an error for the reason. */
    private static final int ANSWER_LIMIT = 64 * 1024;

    private final Duration timeout;
    private final HttpClient client;
    private final Clock clock;

    /**
     * What a post gave.
     *
     * @param result delivered, or a temporary or permanent failure
     * @param status the receiver's HTTP status; empty when none answered (timeout, no connection)
     */
    public record Answer(DeliveryResult result, OptionalInt status) {}

    /** Posts that wait {@code timeout} for the connection and then for the answer. */
    public WebhookPost(Duration timeout, Clock clock) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Posts {@code body} to {@code endpoint}, signed with {@code secret}, with the extra {@code headers}; {@code key}
     * names what was delivered when the receiver gives no id of its own.
     */
    public Answer post(URI endpoint, String secret, String body, Map<String, String> headers, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "MarketPilot")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(ANSWER_LIMIT), StandardCharsets.UTF_8);
            }
            return new Answer(result(response, answer, key), OptionalInt.of(response.statusCode()));
        } catch (HttpTimeoutException e) {
            return new Answer(
                    TemporaryFailure.because("the webhook did not answer within " + timeout.toMillis() + " ms"),
                    OptionalInt.empty());
        } catch (IOException e) {
            return new Answer(
                    TemporaryFailure.because("the webhook cannot be reached: " + describe(e)), OptionalInt.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(
                    TemporaryFailure.because("interrupted while waiting for the webhook"), OptionalInt.empty());
        }
    }

    private DeliveryResult result(HttpResponse<?> response, String answer, String key) {
        int status = response.statusCode();
        String said = "the webhook answered " + status + snippet(answer);
        if (status >= 200 && status < 300) {
            return new Delivered(WebhookPayload.receiverId(answer).orElse(key));
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
