package io.marketpilot.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real servers, each with its own data directory as on two machines, over one PostgreSQL schema, each running the
 * journey worker and the sender; a client posts half the customers' {@code signed_up} events to each. Every customer
 * goes through the journey once and receives each e-mail exactly once at the SMTP server, and both servers held
 * leases on enrolments and on messages while the work went on (sampled from the store), so they shared it.
 */
class JourneyTwoServersIT {
    private static final int CUSTOMERS = 800;
    private static final int BATCH = 10;
    private static final Duration WAIT_STEP = Duration.ofSeconds(3);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path tmp;

    @Test
    void twoServersOnOnePostgresqlShareTheJourneysWorkAndSendEachMessageOnce() throws Exception {
        try (StoreUnderTest store = StoreUnderTest.postgres(tmp.resolve("data-a"))) {
            StoreUnderTest sameStoreOtherMachine =
                    new StoreUnderTest(store.name(), tmp.resolve("data-b"), store.dbUrl(), store.dbUser(), null);
            String key = store.createKey();
            JourneyShop shop = JourneyShop.fill(store, CUSTOMERS);
            Path config = JourneyShop.config(tmp, MAIL.getSmtp().getPort());
            List<String> firstHalf = shop.customers().subList(0, CUSTOMERS / 2);
            List<String> secondHalf = shop.customers().subList(CUSTOMERS / 2, CUSTOMERS);
            SignupClient toA = new SignupClient(key, firstHalf, BATCH);
            SignupClient toB = new SignupClient(key, secondHalf, BATCH);
            try (ServerProcess a = ServerProcess.start(JourneyServers.command(store, config), tmp.resolve("a.log"));
                    ServerProcess b = ServerProcess.start(
                            JourneyServers.command(sameStoreOtherMachine, config), tmp.resolve("b.log"));
                    JourneyProbe probe = JourneyProbe.open(store);
                    LeaseSampler leases = new LeaseSampler(probe)) {
                JourneyServers.apply(a, key, shop.journey(WAIT_STEP));
                toA.resume(a.url("/api/v1/events"));
                toB.resume(b.url("/api/v1/events"));
                toA.awaitDone(LIMIT);
                toB.awaitDone(LIMIT);
                assertThat(toA.refusals()).as("server A's refusals").isEmpty();
                assertThat(toB.refusals()).as("server B's refusals").isEmpty();
                assertThat(toA.allAcknowledged() && toB.allAcknowledged())
                        .as("every batch acknowledged")
                        .isTrue();
                JourneyServers.await(
                        () -> probe.snapshot().exitedByReason().getOrDefault("end", 0L) == CUSTOMERS,
                        LIMIT,
                        "every customer at the journey's end",
                        a,
                        b);
                JourneyServers.await(
                        () -> probe.snapshot().messagesByState().getOrDefault("sent", 0L) == 2 * CUSTOMERS,
                        LIMIT,
                        "every message sent",
                        a,
                        b);
                leases.stop();
                JourneyProbe.Snapshot done = probe.snapshot();
                JourneyMail mail = JourneyMail.of(MAIL.getReceivedMessages());
                Map<String, Long> enrolmentLeases = leases.byServer(leases.enrolments, a, b);
                Map<String, Long> messageLeases = leases.byServer(leases.messages, a, b);
                System.out.printf(
                        "journey on two servers: %d e-mails received, exited %s, messages %s; leases seen on"
                                + " enrolments %s, on messages %s (%d samples)%n",
                        mail.received().size(),
                        done.exitedByReason(),
                        done.messagesByState(),
                        enrolmentLeases,
                        messageLeases,
                        leases.samples.get());

                assertThat(done.enteredMoreThanOnce())
                        .as("customers who entered twice")
                        .isEmpty();
                assertThat(done.customersByMessages())
                        .as("customers by messages queued for them")
                        .containsExactly(Map.entry(2L, (long) CUSTOMERS));
                assertThat(mail.messagesPerRecipientAndEmail())
                        .as("each customer's distinct messages of each e-mail")
                        .isEqualTo(JourneyMail.oneOfEach(shop.customers()));
                assertThat(mail.received()).as("messages received").hasSize(2 * CUSTOMERS);
                assertThat(enrolmentLeases)
                        .as("servers seen holding enrolments")
                        .containsOnlyKeys("A", "B");
                assertThat(messageLeases).as("servers seen holding messages").containsOnlyKeys("A", "B");
            } finally {
                toA.close();
                toB.close();
            }
        }
    }

    /** Reads the lease owners from the store every 10 ms on a thread of its own, counting how often each was seen. */
    private static final class LeaseSampler implements AutoCloseable {
        final Map<String, Long> enrolments = new ConcurrentHashMap<>();
        final Map<String, Long> messages = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean stopping;
        private final java.util.concurrent.atomic.AtomicInteger samples =
                new java.util.concurrent.atomic.AtomicInteger();

        LeaseSampler(JourneyProbe probe) {
            thread = Thread.ofPlatform().name("lease-sampler").start(() -> {
                while (!stopping) {
                    JourneyProbe.Owners owners = probe.leaseOwners();
                    owners.enrolments().forEach(o -> enrolments.merge(o, 1L, Long::sum));
                    owners.messages().forEach(o -> messages.merge(o, 1L, Long::sum));
                    samples.incrementAndGet();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        /** Samples per server ("A", "B"; "other" for an owner naming neither's process id). */
        Map<String, Long> byServer(Map<String, Long> seen, ServerProcess a, ServerProcess b) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            seen.forEach((owner, n) -> counts.merge(server(owner, a, b), n, Long::sum));
            return counts;
        }

        private static String server(String owner, ServerProcess a, ServerProcess b) {
            Set<String> parts = Set.of(owner.split("/"));
            if (parts.contains(String.valueOf(a.pid()))) {
                return "A";
            }
            return parts.contains(String.valueOf(b.pid())) ? "B" : "other: " + owner;
        }

        /** Stops sampling and waits for the sample in progress. */
        void stop() {
            stopping = true;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
