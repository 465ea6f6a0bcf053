package io.marketpilot.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What only the webhook does: the signed request, the JSON payload and the reading of HTTP answers. */
class WebhookChannelTest {
    private static final String SECRET = "whsec_channel_secret_0123456789";
    private static final Instant NOW = Instant.parse("2025-03-06T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final OutgoingMessage MESSAGE = TestMessages.message("spring:C-1", "+447700900123");

    private static DeliveryResult sendTo(Function<WebhookReceiver.Request, WebhookReceiver.Answer> answers) {
        try (WebhookReceiver receiver = new WebhookReceiver(answers)) {
            return new WebhookChannel(
                            "sms", new WebhookSettings(receiver.endpoint(), SECRET, Duration.ofSeconds(2)), CLOCK)
                    .send(MESSAGE);
        }
    }

    @Test
    void postsTheMessageAsSignedJsonWithItsKey() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(r -> WebhookReceiver.Answer.ok(""))) {
            new WebhookChannel("sms", WebhookSettings.of(receiver.endpoint(), SECRET), CLOCK).send(MESSAGE);

            WebhookReceiver.Request request = receiver.requests().getFirst();
            assertThat(request.header("X-MarketPilot-Signature")).startsWith("t=1741253400,v1=");
            assertThat(WebhookSignature.verify(
                            SECRET, request.header("X-MarketPilot-Signature"), request.body(), Duration.ZERO, NOW))
                    .isTrue();
            assertThat(request.header("X-MarketPilot-Message-Key")).isEqualTo("spring:C-1");
            assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
                            {"key": "spring:C-1", "channel": "test", "recipient": "+447700900123",
                             "subject": "Spring offers for you, Ann",
                             "text": "Hello Ann,\\nour spring offers are here.\\n",
                             "html": "<p>Hello Ann,</p><p>our <b>spring</b> offers are here.</p>",
                             "unsubscribe": {"url": "https://shop.example/u/spring-C-1?sig=abc123",
                                             "mailto": "mailto:unsubscribe@shop.example?subject=spring-C-1",
                                             "oneClick": true},
                             "headers": {"Reply-To": "help@shop.example"},
                             "metadata": {"campaignId": "spring", "customerId": "C-1", "contentId": "42",
                                          "variant": "B"}}
                            """));
        }
    }

    @Test
    void theReceiversIdBecomesTheProviderIdElseTheKeyDoes() {
        assertThat(sendTo(r -> WebhookReceiver.Answer.ok("{\"id\":\"SM42\",\"status\":\"queued\"}")))
                .isEqualTo(new Delivered("SM42"));
        assertThat(sendTo(r -> WebhookReceiver.Answer.ok("accepted"))).isEqualTo(new Delivered("spring:C-1"));
        assertThat(sendTo(r -> new WebhookReceiver.Answer(202, "", Map.of()))).isEqualTo(new Delivered("spring:C-1"));
    }

    @Test
    void throttlingAndServerErrorsAreTemporaryAndHonourRetryAfter() {
        assertThat(sendTo(r -> new WebhookReceiver.Answer(429, "slow down", Map.of("Retry-After", "120"))))
                .isEqualTo(new TemporaryFailure(
                        "the webhook answered 429: slow down", Optional.of(Duration.ofMinutes(2))));
        assertThat(sendTo(r ->
                        new WebhookReceiver.Answer(503, "", Map.of("Retry-After", "Thu, 06 Mar 2025 09:35:00 GMT"))))
                .isEqualTo(new TemporaryFailure("the webhook answered 503", Optional.of(Duration.ofMinutes(5))));
        assertThat(sendTo(r -> new WebhookReceiver.Answer(500, "", Map.of("Retry-After", "soon"))))
                .isEqualTo(new TemporaryFailure("the webhook answered 500", Optional.empty()));
        assertThat(sendTo(r -> WebhookReceiver.Answer.status(408))).isInstanceOf(TemporaryFailure.class);
    }

    @Test
    void aRefusedSignatureOrARedirectIsOurSetUpAndTemporary() {
        assertThat(sendTo(r -> WebhookReceiver.Answer.status(401)))
                .isInstanceOfSatisfying(
                        TemporaryFailure.class, f -> assertThat(f.reason()).contains("check the secret"));
        assertThat(sendTo(r -> WebhookReceiver.Answer.status(403))).isInstanceOf(TemporaryFailure.class);
        assertThat(sendTo(r -> new WebhookReceiver.Answer(302, "", Map.of("Location", "https://elsewhere.example"))))
                .isInstanceOfSatisfying(
                        TemporaryFailure.class, f -> assertThat(f.reason()).contains("final URL"));
    }

    @Test
    void otherClientErrorsRefuseTheMessageAndGoneRefusesTheRecipient() {
        assertThat(sendTo(r -> new WebhookReceiver.Answer(400, "{\"error\":\"text too long\"}", Map.of())))
                .isEqualTo(new PermanentFailure(
                        "the webhook answered 400: {\"error\":\"text too long\"}", "http-400", Refusal.MESSAGE));
        assertThat(sendTo(r -> WebhookReceiver.Answer.status(422)))
                .isEqualTo(new PermanentFailure("the webhook answered 422", "http-422", Refusal.MESSAGE));
        assertThat(sendTo(r -> WebhookReceiver.Answer.status(410)))
                .isEqualTo(new PermanentFailure("the webhook answered 410", "http-410", Refusal.RECIPIENT));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsATemporaryFailure() {
        try (WebhookReceiver receiver = new WebhookReceiver(r -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WebhookReceiver.Answer.ok("");
        })) {
            WebhookChannel channel = new WebhookChannel(
                    "sms", new WebhookSettings(receiver.endpoint(), SECRET, Duration.ofMillis(300)), CLOCK);

            assertThat(channel.send(MESSAGE))
                    .isEqualTo(TemporaryFailure.because("the webhook did not answer within 300 ms"));
        }
    }

    @Test
    void settingsRefuseAPlainHttpEndpointAcrossANetworkAndAShortSecret() {
        assertThatThrownBy(() -> WebhookSettings.of(URI.create("http://sms.example/hook"), SECRET))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> WebhookSettings.of(URI.create("https://sms.example/hook"), "short"))
                .hasMessageContaining("at least 16 characters");
        assertThat(WebhookSettings.of(URI.create("https://sms.example/hook"), SECRET)
                        .toString())
                .doesNotContain(SECRET);
    }
}
