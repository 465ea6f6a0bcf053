package io.marketpilot.store.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.PlannedSend;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.SendQueue;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The leased send queue, run against every real database by the subclasses. */
abstract class SendQueueContract extends CampaignFixture {
    static final Instant NOW = T0.plusSeconds(60);
    static final Duration LEASE = Duration.ofMinutes(5);

    SendQueue queue;

    /** A second pool on the same database, as a second server process would open. */
    protected abstract Database openSecondPool();

    @BeforeEach
    void createCampaigns() {
        var campaigns = new JdbcCampaignStore(db);
        campaigns.create(draft("c1"));
        campaigns.create(draft("c2"));
        queue = new JdbcSendQueue(db);
    }

    static PlannedSend planned(String campaign, String customer, Instant due) {
        return new PlannedSend(new SendKey(campaign, customer), due, Optional.empty());
    }

    static Lease lease(String owner, Instant now) {
        return Lease.of(owner, now, LEASE);
    }

    @Test
    void theRoomHigherPriorityCampaignsHoldCountsTheirMessagesStillToSendAndDueInTime() {
        var campaigns = new JdbcCampaignStore(db);
        campaigns.create(draft("urgent").withPriority(90));
        campaigns.create(draft("later").withPriority(90));
        queue.enqueue(List.of(
                planned("urgent", "C1", T0),
                planned("urgent", "C2", T0),
                planned("later", "C1", NOW.plus(Duration.ofDays(30))),
                planned("c1", "C1", T0)));
        int priority = draft("c1").priority();
        Instant week = NOW.plus(Duration.ofDays(7));

        assertThat(queue.awaitingFromHigherPriority(List.of("C1", "C2", "C3"), priority, week))
                .as("urgent's pending messages; not the one due in a month, nor c1's own (not higher)")
                .isEqualTo(Map.of("C1", 1, "C2", 1));
        assertThat(queue.claim("urgent", lease("w1", NOW), NOW, 10)).hasSize(2);
        assertThat(queue.markSkipped(new SendKey("urgent", "C2"), "w1", "test")).isTrue();
        assertThat(queue.awaitingFromHigherPriority(List.of("C1", "C2"), priority, week))
                .as("claimed and not sent yet still holds the room; skipped does not")
                .isEqualTo(Map.of("C1", 1));
        assertThat(queue.markSent(new SendKey("urgent", "C1"), "w1", NOW)).isTrue();
        assertThat(queue.awaitingFromHigherPriority(List.of("C1"), priority, week))
                .as("once sent, the contact log counts it instead")
                .isEmpty();
        assertThat(queue.awaitingFromHigherPriority(List.of("C1"), priority, NOW.plus(Duration.ofDays(60))))
                .isEqualTo(Map.of("C1", 1));
        assertThat(queue.awaitingFromHigherPriority(List.of("C1"), 95, NOW.plus(Duration.ofDays(60))))
                .isEmpty();
    }

    @Test
    void intoTheOutboxAMessageAndItsSentMarkCommitTogetherOrNotAtAll() {
        queue.enqueue(List.of(planned("c1", "C1", T0), planned("c1", "C2", T0)));
        assertThat(queue.claim("c1", lease("w1", NOW), NOW, 10)).hasSize(2);
        var delivery = new io.marketpilot.store.delivery.JdbcOutboxDelivery(db);
        var outbox = new io.marketpilot.store.delivery.JdbcOutbox(db);
        var first = io.marketpilot.core.delivery.OutgoingMessage.builder("c1/C1", "outbox", "c1@example.com", "Hi")
                .build();
        var second = io.marketpilot.core.delivery.OutgoingMessage.builder("c1/C2", "outbox", "c2@example.com", "Hi")
                .build();

        assertThat(delivery.storeAndMarkSent(new SendKey("c1", "C1"), "w1", first, NOW))
                .hasValueSatisfying(entry -> assertThat(entry.message()).isEqualTo(first));
        // a worker that does not hold the lease stores nothing, and the message stays claimed by its holder
        assertThat(delivery.storeAndMarkSent(new SendKey("c1", "C2"), "w2", second, NOW))
                .isEmpty();

        assertThat(outbox.find("c1/C1")).isPresent();
        assertThat(outbox.find("c1/C2")).isEmpty();
        assertThat(queue.counts("c1")).containsEntry(SendState.SENT, 1L).containsEntry(SendState.CLAIMED, 1L);
        assertThat(queue.markSent(new SendKey("c1", "C1"), "w1", NOW))
                .as("sent already")
                .isFalse();
    }

    @Test
    void planningTwiceQueuesEachRecipientOnce() {
        assertThat(queue.enqueue(List.of(
                        planned("c1", "C1", T0),
                        new PlannedSend(new SendKey("c1", "C2"), T0, Optional.of("B")),
                        planned("c2", "C1", T0))))
                .isEqualTo(3);
        List<QueuedSend> claimed = queue.claim("c1", lease("w1", NOW), NOW, 10);
        assertThat(queue.markSent(claimed.get(0).key(), "w1", NOW)).isTrue();

        assertThat(queue.enqueue(List.of(planned("c1", "C1", T0), planned("c1", "C3", T0))))
                .isEqualTo(1);
        assertThat(queue.counts("c1"))
                .isEqualTo(Map.of(SendState.SENT, 1L, SendState.CLAIMED, 1L, SendState.PENDING, 1L));
        assertThat(queue.enqueue(List.of())).isZero();
        assertThatThrownBy(() -> queue.enqueue(List.of(planned("nope", "C1", T0))))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void eachOccurrenceOfARecipientIsQueuedAndMarkedOnItsOwn() {
        SendKey first = new SendKey("c1", "C1", 7);
        SendKey second = new SendKey("c1", "C1", 9);
        assertThat(queue.enqueue(List.of(
                        new PlannedSend(first, T0, Optional.empty()), new PlannedSend(second, T0, Optional.empty()))))
                .isEqualTo(2);
        assertThat(queue.enqueue(List.of(new PlannedSend(first, T0, Optional.empty()))))
                .as("the same occurrence again")
                .isZero();

        List<QueuedSend> claimed = queue.claim("c1", lease("w1", NOW), NOW, 10);
        assertThat(claimed).extracting(QueuedSend::key).containsExactlyInAnyOrder(first, second);
        assertThat(queue.markSent(first, "w1", NOW)).isTrue();

        assertThat(queue.counts("c1")).isEqualTo(Map.of(SendState.SENT, 1L, SendState.CLAIMED, 1L));
        assertThat(first.idempotencyKey()).isEqualTo("c1~7/C1");
        assertThat(new SendKey("c1", "C1").idempotencyKey()).isEqualTo("c1/C1");
    }

    @Test
    void aClaimTakesDueMessagesOfItsCampaignEarliestFirstUnderTheLease() {
        queue.enqueue(List.of(
                planned("c1", "late", NOW.plusSeconds(1)),
                planned("c1", "second", T0.plusSeconds(2)),
                new PlannedSend(new SendKey("c1", "first"), T0.plusSeconds(1), Optional.of("A")),
                planned("c1", "third", T0.plusSeconds(3)),
                planned("c2", "other", T0)));

        List<QueuedSend> claimed = queue.claim("c1", lease("w1", NOW), NOW, 2);

        assertThat(claimed).extracting(s -> s.key().customerId()).containsExactly("first", "second");
        QueuedSend first = claimed.get(0);
        assertThat(first.state()).isEqualTo(SendState.CLAIMED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.variant()).contains("A");
        assertThat(first.dueAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(first.leaseOwner()).contains("w1");
        assertThat(first.leaseUntil()).contains(NOW.plus(LEASE));
        assertThat(queue.claim("c1", lease("w2", NOW), NOW, 10))
                .extracting(s -> s.key().customerId())
                .containsExactly("third");
        assertThat(queue.claim("c1", lease("w2", NOW), NOW, 10)).isEmpty();
        assertThatThrownBy(() -> queue.claim("c1", lease("w2", NOW), NOW, 0)).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void aClaimMergesLapsedRetryingAndPendingMessagesByTheirNextAttempt() {
        queue.enqueue(List.of(
                planned("c1", "lapsed", T0.plusSeconds(1)),
                planned("c1", "retrying", T0.plusSeconds(2)),
                planned("c1", "pending", T0.plusSeconds(3)),
                planned("c1", "later", T0.plusSeconds(4))));
        List<QueuedSend> first = queue.claim("c1", Lease.of("dead", NOW, Duration.ofMinutes(1)), NOW, 2);
        assertThat(first).extracting(s -> s.key().customerId()).containsExactly("lapsed", "retrying");
        assertThat(queue.markRetry(first.get(1).key(), "dead", NOW.plusSeconds(10), "421 try later"))
                .isTrue();
        Instant afterTheLease = NOW.plus(Duration.ofMinutes(2));

        List<QueuedSend> next = queue.claim("c1", lease("w2", afterTheLease), afterTheLease, 3);

        assertThat(next)
                .as("the lapsed claim keeps its next attempt (T0+1s); the retry's moved to NOW+10s")
                .extracting(s -> s.key().customerId())
                .containsExactly("lapsed", "pending", "later");
        assertThat(queue.claim("c1", lease("w2", afterTheLease), afterTheLease, 3))
                .extracting(s -> s.key().customerId())
                .containsExactly("retrying");
    }

    @Test
    void anExpiredLeaseIsReclaimedAndItsFormerOwnerCannotReportTheMessage() {
        queue.enqueue(List.of(planned("c1", "C1", T0)));
        SendKey key = queue.claim("c1", lease("dead", NOW), NOW, 10).get(0).key();
        Instant later = NOW.plus(LEASE).plusSeconds(1);

        assertThat(queue.claim("c1", lease("w2", NOW.plusSeconds(1)), NOW.plusSeconds(1), 10))
                .as("the lease still holds")
                .isEmpty();
        List<QueuedSend> reclaimed = queue.claim("c1", lease("w2", later), later, 10);
        assertThat(reclaimed).hasSize(1);
        assertThat(reclaimed.get(0).attempts()).isEqualTo(2);
        assertThat(reclaimed.get(0).leaseOwner()).contains("w2");

        assertThat(queue.markSent(key, "dead", later)).isFalse();
        assertThat(queue.markFailed(key, "dead", "too late")).isFalse();
        assertThat(queue.markSent(key, "w2", later, "<abc@mail.example>")).isTrue();
        assertThat(queue.counts("c1")).isEqualTo(Map.of(SendState.SENT, 1L));
    }

    @Test
    void releasingExpiredLeasesMakesTheirMessagesDueAtOnce() {
        queue.enqueue(List.of(planned("c1", "C1", T0), planned("c2", "C2", T0)));
        queue.claim("c1", lease("dead", NOW), NOW, 10);
        queue.claim("c2", Lease.of("alive", NOW, Duration.ofHours(1)), NOW, 10);
        Instant later = NOW.plus(LEASE).plusSeconds(1);

        assertThat(queue.releaseExpired(NOW)).isZero();
        assertThat(queue.releaseExpired(later)).isEqualTo(1);
        assertThat(queue.counts("c1")).isEqualTo(Map.of(SendState.RETRY, 1L));
        List<QueuedSend> again = queue.claim("c1", lease("w2", later), later, 10);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).nextAttemptAt()).isEqualTo(later);
        assertThat(queue.counts("c2")).isEqualTo(Map.of(SendState.CLAIMED, 1L));
    }

    @Test
    void aSentFailedOrSkippedMessageIsNeverClaimedAgain() {
        queue.enqueue(List.of(planned("c1", "sent", T0), planned("c1", "failed", T0), planned("c1", "skipped", T0)));
        List<QueuedSend> claimed = queue.claim("c1", lease("w1", NOW), NOW, 10);
        assertThat(queue.markSent(claimed.get(0).key(), "w1", NOW)).isTrue();
        assertThat(queue.markFailed(claimed.get(1).key(), "w1", "550 5.1.1 no such user"))
                .isTrue();
        assertThat(queue.markSkipped(claimed.get(2).key(), "w1", "suppressed since planning"))
                .isTrue();
        assertThat(queue.markSent(claimed.get(0).key(), "w1", NOW))
                .as("only a claimed message")
                .isFalse();

        Instant muchLater = NOW.plus(Duration.ofDays(30));
        assertThat(queue.releaseExpired(muchLater)).isZero();
        assertThat(queue.claim("c1", lease("w2", muchLater), muchLater, 10)).isEmpty();
        assertThat(queue.counts("c1"))
                .isEqualTo(Map.of(SendState.SENT, 1L, SendState.FAILED, 1L, SendState.SKIPPED, 1L));
    }

    @Test
    void aQueuedMessageIsFoundByItsKeyAndOnlySentOnesAreListedAsSent() {
        queue.enqueue(List.of(
                new PlannedSend(new SendKey("c1", "C1"), T0, Optional.of("b")),
                planned("c1", "C2", T0),
                new PlannedSend(new SendKey("c2", "C1"), T0, Optional.of("a"))));
        for (String campaign : List.of("c1", "c2")) {
            for (QueuedSend s : queue.claim(campaign, lease("w1", NOW), NOW, 10)) {
                if (s.key().customerId().equals("C1")) {
                    assertThat(queue.markSent(s.key(), "w1", NOW.plusSeconds(campaign.equals("c1") ? 2 : 1)))
                            .isTrue();
                }
            }
        }

        assertThat(queue.find(new SendKey("c1", "C1")).orElseThrow().variant()).contains("b");
        assertThat(queue.find(new SendKey("c1", "C2")).orElseThrow().state()).isEqualTo(SendState.CLAIMED);
        assertThat(queue.find(new SendKey("c1", "nobody"))).isEmpty();
        assertThat(queue.sentTo("C1"))
                .extracting(s -> s.key().campaignId())
                .as("earliest sent first")
                .containsExactly("c2", "c1");
        assertThat(queue.sentTo("C2")).isEmpty();
        assertThat(queue.sent("c1")).extracting(s -> s.key().customerId()).containsExactly("C1");
        assertThat(queue.sent("c1").getFirst().sentAt()).contains(NOW.plusSeconds(2));
    }

    @Test
    void aRetryWaitsForItsNextAttemptAndKeepsTheServersReplyReadable() {
        queue.enqueue(List.of(planned("c1", "C1", T0)));
        SendKey key = queue.claim("c1", lease("w1", NOW), NOW, 10).get(0).key();
        String reply = "421 4.7.0 try later\u0000\u0007 " + "x".repeat(3_000);
        assertThat(queue.markRetry(key, "w1", NOW.plusSeconds(120), reply)).isTrue();

        assertThat(queue.claim("c1", lease("w1", NOW.plusSeconds(119)), NOW.plusSeconds(119), 10))
                .isEmpty();
        QueuedSend retried = queue.claim("c1", lease("w1", NOW.plusSeconds(120)), NOW.plusSeconds(120), 10)
                .get(0);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(retried.lastError())
                .startsWith("421 4.7.0 try later\uFFFD\uFFFD ")
                .hasSize(2_000);
    }

    @Test
    void everyQueuedMessageIsClaimedExactlyOnceByFourWorkersOnTwoPools() throws Exception {
        int sends = 2_000;
        List<PlannedSend> planned = new ArrayList<>();
        IntStream.range(0, sends).forEach(i -> planned.add(planned("c1", "C" + i, T0.plusMillis(i % 7))));
        queue.enqueue(planned);
        ConcurrentLinkedQueue<SendKey> claimed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<SendKey> refused = new ConcurrentLinkedQueue<>();
        try (Database second = openSecondPool()) {
            List<SendQueue> servers = List.of(queue, new JdbcSendQueue(second));
            ExecutorService workers = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                SendQueue server = servers.get(w % 2);
                String owner = "server" + (w % 2) + "-worker" + w;
                done.add(workers.submit(() -> {
                    start.await();
                    for (List<QueuedSend> batch = server.claim("c1", lease(owner, NOW), NOW, 25);
                            !batch.isEmpty();
                            batch = server.claim("c1", lease(owner, NOW), NOW, 25)) {
                        for (QueuedSend s : batch) {
                            claimed.add(s.key());
                            if (!server.markSent(s.key(), owner, NOW)) {
                                refused.add(s.key());
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
        assertThat(claimed).hasSize(sends).doesNotHaveDuplicates();
        assertThat(queue.counts("c1")).isEqualTo(Map.of(SendState.SENT, (long) sends));
    }
}
