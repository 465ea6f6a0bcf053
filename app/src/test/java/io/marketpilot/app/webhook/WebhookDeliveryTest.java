package io.marketpilot.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.channels.webhook.WebhookPost;
import io.marketpilot.channels.webhook.WebhookSignature;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.webhook.WebhookEventType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks out against the real embedded store and a real HTTP receiver (the JDK's server): signed payloads, retries
 * with backoff, death after the last attempt, replay, and subscriptions that get only the events they asked for.
 */
class WebhookDeliveryTest {
    static final String SECRET = "receiver-secret-0123456789";
    /** Three attempts, a second apart at first, doubling: short enough to step through with the test's clock. */
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0, 3, 7);

    @TempDir
    static Path dir;

    static Services app;
    static HttpServer receiver;
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final Deque<Integer> answers = new ArrayDeque<>();

    MutableClock clock;
    WebhookService service;
    WebhookWorker worker;

    record Received(String body, String signature, String eventId, String eventType) {}

    @BeforeAll
    static void start() throws IOException {
        app = Application.open(new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    body,
                    headers.getFirst(WebhookSignature.HEADER),
                    headers.getFirst(WebhookWorker.EVENT_ID_HEADER),
                    headers.getFirst(WebhookWorker.EVENT_TYPE_HEADER)));
            Integer status;
            synchronized (answers) {
                status = answers.poll();
            }
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        app.close();
    }

    @BeforeEach
    void wire() {
        received.clear();
        synchronized (answers) {
            answers.clear();
        }
        clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));
        service = new WebhookService(app.stores.webhooks(), app.audit, clock);
        worker = new WebhookWorker(
                app.stores.webhooks(), new WebhookPost(Duration.ofSeconds(5), clock), RETRY, clock, "test-worker");
    }

    @AfterEach
    void unsubscribeAll() {
        service.subscriptions().forEach(s -> service.remove(s.id(), "test"));
    }

    SubscriptionView subscribe(String... events) {
        return service.subscribe(
                new NewSubscription(
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", List.of(events), SECRET),
                "mara");
    }

    static void answer(Integer... statuses) {
        synchronized (answers) {
            answers.addAll(List.of(statuses));
        }
    }

    @Test
    void aSubscriberReceivesTheEventSignedSoItsSecretVerifiesIt() {
        SubscriptionView s = subscribe("message.sent");

        int queued = service.publish(
                WebhookEventType.MESSAGE_SENT,
                "message.sent:spring/C-1",
                Map.of("campaignId", "spring", "customerId", "C-1"));
        assertThat(queued).isEqualTo(1);
        assertThat(service.deliveries(s.id(), 10))
                .as("stored before anything was posted")
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("pending"));
        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(received).singleElement().satisfies(r -> {
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            assertThat(WebhookSignature.verify(SECRET, r.signature(), body, Duration.ofMinutes(5), clock.instant()))
                    .isTrue();
            assertThat(WebhookSignature.verify(
                            "another-secret-0123456789", r.signature(), body, Duration.ofMinutes(5), clock.instant()))
                    .isFalse();
            assertThat(r.body())
                    .contains("\"type\":\"message.sent\"")
                    .contains("\"id\":\"message.sent:spring/C-1\"")
                    .contains("\"customerId\":\"C-1\"");
            assertThat(r.eventId()).isEqualTo("message.sent:spring/C-1");
            assertThat(r.eventType()).isEqualTo("message.sent");
        });
        assertThat(service.deliveries(s.id(), 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("delivered");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastResponseCode()).isEqualTo(200);
            assertThat(d.deliveredAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aReceiverThatFailsTwiceGetsThreeAttemptsWithGrowingWaitsAndTheLogShowsThem() {
        SubscriptionView s = subscribe("segment.run_finished");
        answer(500, 500, 200);
        service.publish(WebhookEventType.SEGMENT_RUN_FINISHED, "segment.run_finished:1", Map.of("runId", 1));

        worker.deliverDue();
        DeliveryView first = service.deliveries(s.id(), 10).get(0);
        assertThat(first.status()).isEqualTo("retry");
        assertThat(first.lastResponseCode()).isEqualTo(500);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(1));
        assertThat(worker.deliverDue()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(1));
        worker.deliverDue();
        DeliveryView second = service.deliveries(s.id(), 10).get(0);
        assertThat(second.status()).isEqualTo("retry");
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        worker.deliverDue();

        assertThat(received)
                .hasSize(3)
                .extracting(Received::body)
                .containsOnly(received.get(0).body());
        assertThat(service.deliveries(s.id(), 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("delivered");
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastResponseCode()).isEqualTo(200);
            assertThat(d.lastError()).isEmpty();
        });
    }

    @Test
    void aDeliveryDeadAfterItsLastAttemptIsReplayedWithTheSameBody() {
        SubscriptionView s = subscribe("experiment.decided");
        answer(503, 503, 503);
        service.publish(WebhookEventType.EXPERIMENT_DECIDED, "experiment.decided:x", Map.of("experimentId", "x"));
        for (int i = 0; i < 3; i++) {
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(1));
        }
        DeliveryView dead = service.deliveries(s.id(), 10).get(0);
        assertThat(dead.status()).isEqualTo("dead");
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).startsWith("gave up after 3 attempts");
        assertThat(worker.deliverDue()).as("a dead delivery is not retried").isZero();

        DeliveryView replayed = service.replay(dead.id(), "mara");
        assertThat(replayed.status()).isEqualTo("pending");
        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(received)
                .hasSize(4)
                .extracting(Received::body)
                .containsOnly(received.get(0).body());
        DeliveryView delivered = service.deliveries(s.id(), 10).get(0);
        assertThat(delivered.status()).isEqualTo("delivered");
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> service.replay(dead.id(), "mara"))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void anEventTypeNobodySubscribedToIsNotSent() {
        SubscriptionView s = subscribe("message.sent", "message.bounced");

        assertThat(service.publish(WebhookEventType.EXPERIMENT_DECIDED, Map.of("experimentId", "x")))
                .isZero();
        assertThat(worker.deliverDue()).isZero();

        assertThat(received).isEmpty();
        assertThat(service.deliveries(s.id(), 10)).isEmpty();
    }

    @Test
    void aPlainHttpUrlOffThisMachineOrAShortSecretIsRefused() {
        assertThatThrownBy(() -> service.subscribe(
                        new NewSubscription("http://example.com/hook", List.of("message.sent"), SECRET), "mara"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> service.subscribe(
                        new NewSubscription("https://example.com/hook", List.of("message.sent"), "short"), "mara"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("16");
        assertThatThrownBy(() -> service.subscribe(
                        new NewSubscription("https://example.com/hook", List.of("message.sold"), SECRET), "mara"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("segment.run_finished");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
