package io.marketpilot.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.channels.ChannelContract;
import io.marketpilot.channels.Receivers;
import io.marketpilot.core.delivery.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/** The channel contract for the webhook: a JDK HTTP server receives, verifying every signature as a receiver would. */
class WebhookChannelContractTest extends ChannelContract {
    static final String SECRET = "whsec_contract_secret_0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger ids = new AtomicInteger();
    private final WebhookReceiver receiver =
            new WebhookReceiver(request -> WebhookReceiver.Answer.ok("{\"id\":\"wh-" + ids.incrementAndGet() + "\"}"));
    private final WebhookReceiver refusing = new WebhookReceiver(request -> WebhookReceiver.Answer.status(410));
    private final WebhookReceiver busy =
            new WebhookReceiver(request -> new WebhookReceiver.Answer(503, "overloaded", Map.of("Retry-After", "7")));
    private final Receivers.HangingUp hangingUp = new Receivers.HangingUp();

    @AfterEach
    void stopServers() throws IOException {
        receiver.close();
        refusing.close();
        busy.close();
        hangingUp.close();
    }

    private static Channel channel(URI endpoint) {
        return new WebhookChannel("sms", new WebhookSettings(endpoint, SECRET, Duration.ofSeconds(2)));
    }

    @Override
    protected Channel channel() {
        return channel(receiver.endpoint());
    }

    @Override
    protected List<Received> received() {
        return receiver.requests().stream()
                .map(WebhookChannelContractTest::read)
                .toList();
    }

    private static Received read(WebhookReceiver.Request request) {
        assertThat(WebhookSignature.verify(
                        SECRET,
                        request.header(WebhookSignature.HEADER),
                        request.body(),
                        Duration.ofMinutes(5),
                        Instant.now()))
                .as("the receiver verifies the signature")
                .isTrue();
        try {
            JsonNode json = JSON.readTree(request.body());
            JsonNode links = json.path("unsubscribe");
            assertThat(request.header(WebhookChannel.KEY_HEADER))
                    .isEqualTo(json.get("key").asText());
            return new Received(
                    json.get("recipient").asText(),
                    text(json, "subject"),
                    json.get("text").asText(),
                    text(json, "html"),
                    request.header(WebhookChannel.KEY_HEADER),
                    text(links, "url"),
                    text(links, "mailto"),
                    links.path("oneClick").asBoolean(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.has(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    @Override
    protected Channel unreachable() {
        return channel(URI.create("http://127.0.0.1:" + Receivers.unusedPort() + "/hook"));
    }

    @Override
    protected Channel hangingUp() {
        return channel(URI.create("http://127.0.0.1:" + hangingUp.port() + "/hook"));
    }

    @Override
    protected Optional<Channel> refusingRecipients() {
        return Optional.of(channel(refusing.endpoint()));
    }

    @Override
    protected Optional<Channel> busy() {
        return Optional.of(channel(busy.endpoint()));
    }
}
