package io.marketpilot.store.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.webhook.AttemptOutcome;
import io.marketpilot.core.webhook.DeliveryStatus;
import io.marketpilot.core.webhook.WebhookDelivery;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.core.webhook.WebhookStore;
import io.marketpilot.core.webhook.WebhookSubscription;
import io.marketpilot.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook subscriptions and their leased delivery queue, run against every real database by the subclasses. */
abstract class WebhookStoreContract {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    protected Database db;
    WebhookStore store;

    protected abstract Database open();

    /** A second pool on the same database, as a second server process would open. */
    protected abstract Database openSecondPool();

    protected void cleanUp() {}

    @BeforeEach
    void openStore() {
        db = open();
        store = new JdbcWebhookStore(db);
    }

    @AfterEach
    void closeStore() {
        cleanUp();
        db.close();
    }

    static WebhookSubscription wanting(WebhookEventType... types) {
        return new WebhookSubscription(
                0, "http://127.0.0.1:9/hook", Set.of(types), "a-secret-of-16-chars", true, "mara", T0);
    }

    static Lease lease(String owner, Instant now) {
        return Lease.of(owner, now, LEASE);
    }

    @Test
    void aSubscriptionIsStoredWithItsTypesAndSecretAndCanBeRemoved() {
        WebhookSubscription stored =
                store.subscribe(wanting(WebhookEventType.MESSAGE_SENT, WebhookEventType.SEGMENT_RUN_FINISHED));

        assertThat(stored.id()).isPositive();
        assertThat(store.subscription(stored.id())).contains(stored);
        assertThat(stored.types())
                .containsExactlyInAnyOrder(WebhookEventType.MESSAGE_SENT, WebhookEventType.SEGMENT_RUN_FINISHED);
        assertThat(stored.secret()).isEqualTo("a-secret-of-16-chars");
        assertThat(store.subscriptions()).containsExactly(stored);
        assertThat(store.remove(stored.id())).isTrue();
        assertThat(store.remove(stored.id())).isFalse();
        assertThat(store.subscriptions()).isEmpty();
    }

    @Test
    void anEventIsQueuedOnceForEachActiveSubscriptionThatWantsItsType() {
        WebhookSubscription sent = store.subscribe(wanting(WebhookEventType.MESSAGE_SENT));
        WebhookSubscription bounced = store.subscribe(wanting(WebhookEventType.MESSAGE_BOUNCED));
        WebhookSubscription inactive = store.subscribe(new WebhookSubscription(
                0,
                "http://127.0.0.1:9/off",
                Set.of(WebhookEventType.MESSAGE_SENT),
                "a-secret-of-16-chars",
                false,
                "mara",
                T0));

        assertThat(store.publish("e1", WebhookEventType.MESSAGE_SENT, "{\"n\":1}", T0))
                .isEqualTo(1);
        assertThat(store.publish("e1", WebhookEventType.MESSAGE_SENT, "{\"n\":1}", T0))
                .as("the same event again")
                .isZero();

        assertThat(store.deliveries(sent.id(), 10)).singleElement().satisfies(d -> {
            assertThat(d.eventId()).isEqualTo("e1");
            assertThat(d.payload()).isEqualTo("{\"n\":1}");
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isZero();
            assertThat(d.lastResponseCode()).isEmpty();
        });
        assertThat(store.deliveries(bounced.id(), 10)).isEmpty();
        assertThat(store.deliveries(inactive.id(), 10)).isEmpty();
    }

    @Test
    void aClaimedDeliveryIsFinishedOnlyByItsLeaseOwnerAndAFailedOneReplays() {
        WebhookSubscription s = store.subscribe(wanting(WebhookEventType.MESSAGE_SENT));
        store.publish("e1", WebhookEventType.MESSAGE_SENT, "{}", T0);
        Instant now = T0.plusSeconds(1);

        List<WebhookDelivery> claimed = store.claim(lease("w1", now), now, 10);
        assertThat(claimed).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.CLAIMED);
            assertThat(d.attempts()).isEqualTo(1);
        });
        assertThat(store.claim(lease("w2", now), now, 10)).as("held by w1").isEmpty();
        long id = claimed.get(0).id();
        AttemptOutcome dead =
                new AttemptOutcome(DeliveryStatus.DEAD, now, OptionalInt.of(500), "boom", Optional.empty());
        assertThat(store.finish(id, "w2", dead)).isFalse();
        assertThat(store.finish(id, "w1", dead)).isTrue();
        assertThat(store.delivery(id)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(d.lastResponseCode()).hasValue(500);
            assertThat(d.lastError()).isEqualTo("boom");
            assertThat(d.lastAttemptAt()).contains(now);
        });
        assertThat(store.claim(lease("w1", now.plusSeconds(1)), now.plusSeconds(1), 10))
                .isEmpty();

        assertThat(store.replay(id, now.plusSeconds(2))).isTrue();
        assertThat(store.delivery(id)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isZero();
        });
        List<WebhookDelivery> again = store.claim(lease("w1", now.plusSeconds(2)), now.plusSeconds(2), 10);
        assertThat(again).extracting(WebhookDelivery::id).containsExactly(id);
        assertThat(store.finish(
                        id,
                        "w1",
                        new AttemptOutcome(
                                DeliveryStatus.DELIVERED,
                                now.plusSeconds(3),
                                OptionalInt.of(200),
                                "",
                                Optional.empty())))
                .isTrue();
        assertThat(store.replay(id, now.plusSeconds(4)))
                .as("delivered is not replayable")
                .isFalse();
        assertThat(store.deliveries(s.id(), 10)).singleElement().satisfies(d -> assertThat(d.deliveredAt())
                .contains(now.plusSeconds(3)));
    }

    @Test
    void aRetryWaitsForItsTimeAndALapsedLeaseIsClaimedAgain() {
        store.subscribe(wanting(WebhookEventType.MESSAGE_SENT));
        store.publish("e1", WebhookEventType.MESSAGE_SENT, "{}", T0);
        store.publish("e2", WebhookEventType.MESSAGE_SENT, "{}", T0);
        Instant now = T0.plusSeconds(1);
        List<WebhookDelivery> claimed = store.claim(lease("w1", now), now, 10);
        assertThat(claimed).hasSize(2);
        Instant next = now.plusSeconds(60);
        assertThat(store.finish(
                        claimed.get(0).id(),
                        "w1",
                        new AttemptOutcome(DeliveryStatus.RETRY, now, OptionalInt.of(503), "later", Optional.of(next))))
                .isTrue();

        assertThat(store.claim(lease("w2", now.plusSeconds(30)), now.plusSeconds(30), 10))
                .as("retry not due, the other leased")
                .isEmpty();
        Instant afterLease = now.plus(LEASE).plusSeconds(1);
        assertThat(store.claim(lease("w2", afterLease), afterLease, 10))
                .extracting(WebhookDelivery::id, WebhookDelivery::attempts)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(claimed.get(0).id(), 2),
                        org.assertj.core.groups.Tuple.tuple(claimed.get(1).id(), 2));
    }

    @Test
    void forgettingACustomerErasesTheDeliveriesThatNameThemAndNoOthers() {
        WebhookSubscription s = store.subscribe(wanting(WebhookEventType.MESSAGE_SENT));
        store.publish("e1", WebhookEventType.MESSAGE_SENT, "{\"data\":{\"customerId\":\"C_1\"}}", T0);
        store.publish("e2", WebhookEventType.MESSAGE_SENT, "{\"data\":{\"customerId\":\"C_10\"}}", T0);
        store.publish("e3", WebhookEventType.MESSAGE_SENT, "{\"data\":{\"customerId\":\"CX1\"}}", T0);

        int erased = db.jdbi().withHandle(h -> JdbcWebhookStore.erasure().erase(h, "C_1"));

        assertThat(erased).isEqualTo(1);
        assertThat(store.deliveries(s.id(), 10))
                .extracting(WebhookDelivery::eventId)
                .containsExactlyInAnyOrder("e2", "e3");
    }

    @Test
    void twoClaimersOnTwoPoolsRacingForTheSameDueDeliveriesEachTakeADifferentOne() throws Exception {
        store.subscribe(wanting(WebhookEventType.MESSAGE_SENT));
        int events = 600;
        for (int i = 0; i < events; i++) {
            store.publish("e" + i, WebhookEventType.MESSAGE_SENT, "{}", T0);
        }
        Instant now = T0.plusSeconds(1);
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> refused = new ConcurrentLinkedQueue<>();
        try (Database second = openSecondPool()) {
            List<WebhookStore> servers = List.of(store, new JdbcWebhookStore(second));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                WebhookStore server = servers.get(w);
                String owner = "server" + w;
                done.add(workers.submit(() -> {
                    start.await();
                    for (List<WebhookDelivery> batch = server.claim(lease(owner, now), now, 20);
                            !batch.isEmpty();
                            batch = server.claim(lease(owner, now), now, 20)) {
                        for (WebhookDelivery d : batch) {
                            claimed.add(d.id());
                            AttemptOutcome ok = new AttemptOutcome(
                                    DeliveryStatus.DELIVERED, now, OptionalInt.of(200), "", Optional.empty());
                            if (!server.finish(d.id(), owner, ok)) {
                                refused.add(d.id());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            workers.shutdown();
        }

        assertThat(refused).isEmpty();
        assertThat(claimed).hasSize(events).doesNotHaveDuplicates();
    }
}
