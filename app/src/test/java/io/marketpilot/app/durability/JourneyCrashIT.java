package io.marketpilot.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journeys' kill -9 test. A real server on the embedded store runs a journey (on {@code signed_up}: an e-mail, a
 * wait, a second e-mail) for customers whose events a client posts through the REST API, and mails through a real
 * SMTP server (GreenMail in this process). It is killed with SIGKILL while events still come in, first e-mails go out
 * and timers are pending; a server started again on the same store, after the dead one's leases lapsed, finishes the
 * work while the client posts again what was never acknowledged. Every customer ends the journey once and receives
 * each e-mail once; the only copy allowed is the one message that may have been at the SMTP server at the kill (its
 * 250 received, its "sent" mark not yet written), and it carries its first copy's Message-ID, by which mail systems
 * drop duplicates.
 */
class JourneyCrashIT {
    private static final int CUSTOMERS = 400;
    private static final int BATCH = 20;
    private static final Duration WAIT_STEP = Duration.ofSeconds(8);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path tmp;

    @Test
    void aServerKilledMidJourneyLosesNoCustomersPlaceAndSendsNothingTwice() throws Exception {
        StoreUnderTest store = StoreUnderTest.embedded(tmp.resolve("data"));
        String key = store.createKey();
        JourneyShop shop = JourneyShop.fill(store, CUSTOMERS);
        List<String> serve = JourneyServers.command(
                store, JourneyShop.config(tmp, MAIL.getSmtp().getPort()));
        SignupClient client = new SignupClient(key, shop.customers(), BATCH);
        boolean postingAtKill;
        try (ServerProcess server = ServerProcess.start(serve, tmp.resolve("killed-server.log"))) {
            JourneyServers.apply(server, key, shop.journey(WAIT_STEP));
            client.resume(server.url("/api/v1/events"));
            JourneyServers.await(
                    () -> JourneyMail.of(MAIL.getReceivedMessages()).of("hello") >= CUSTOMERS / 10,
                    LIMIT,
                    "the first e-mails going out",
                    server);
            postingAtKill = client.posting();
            assertThat(server.kill()).as("the server died of SIGKILL").isEqualTo(ServerProcess.SIGKILL_EXIT);
            client.stop();
        }
        JourneyMail atKill = JourneyMail.of(MAIL.getReceivedMessages());
        int held;
        try (JourneyProbe probe = JourneyProbe.open(store)) {
            JourneyProbe.Snapshot killed = probe.snapshot();
            System.out.printf(
                    "journey crash test: killed with %d of %d batches acknowledged (posting: %s), %d hello and %d"
                            + " follow-up e-mails received, enrolments %s, exited %s, messages %s; %d customers' events"
                            + " stored but not entered%n",
                    client.acknowledgedBatches(),
                    client.batches(),
                    postingAtKill,
                    atKill.of("hello"),
                    atKill.of("follow-up"),
                    killed.activeByStep(),
                    killed.exitedByReason(),
                    killed.messagesByState(),
                    probe.storedButNotEntered());
            assertThat(atKill.received().size())
                    .as("e-mails received at the kill: some, not all")
                    .isBetween(1, 2 * CUSTOMERS - 1);
            assertThat(killed.activeByStep().getOrDefault("pause", 0L))
                    .as("customers waiting on a timer at the kill")
                    .isPositive();
            held = probe.lapseLeases();
        }
        try (ServerProcess again = ServerProcess.start(serve, tmp.resolve("restarted-server.log"));
                JourneyProbe probe = JourneyProbe.open(store)) {
            client.resume(again.url("/api/v1/events"));
            client.awaitDone(LIMIT);
            assertThat(client.refusals()).as("answers that were not 2xx").isEmpty();
            assertThat(client.allAcknowledged())
                    .as("every batch acknowledged in the end")
                    .isTrue();
            JourneyServers.await(
                    () -> probe.snapshot().exitedByReason().getOrDefault("end", 0L) == CUSTOMERS,
                    LIMIT,
                    "every customer at the journey's end",
                    again);
            JourneyServers.await(
                    () -> probe.snapshot().messagesByState().getOrDefault("sent", 0L) == 2 * CUSTOMERS,
                    LIMIT,
                    "every message sent",
                    again);
            JourneyProbe.Snapshot done = probe.snapshot();
            JourneyMail mail = JourneyMail.of(MAIL.getReceivedMessages());
            System.out.printf(
                    "journey crash test: %d leases lapsed at the restart; after it %d e-mails received (%d copies of"
                            + " %s), exited %s, messages %s%n",
                    held,
                    mail.received().size(),
                    mail.extraCopies(),
                    mail.copies().keySet(),
                    done.exitedByReason(),
                    done.messagesByState());
            assertThat(done.enteredMoreThanOnce())
                    .as("customers who entered twice")
                    .isEmpty();
            assertThat(done.active()).as("customers still in the journey").isZero();
            assertThat(done.customersByMessages())
                    .as("customers by messages queued for them")
                    .containsExactly(java.util.Map.entry(2L, (long) CUSTOMERS));
            assertThat(mail.messagesPerRecipientAndEmail())
                    .as("each customer's distinct messages of each e-mail")
                    .isEqualTo(JourneyMail.oneOfEach(shop.customers()));
            assertThat(mail.extraCopies())
                    .as("copies: only the message that may have been at the SMTP server at the kill")
                    .isBetween(0, 1);
            assertThat(mail.copies().values())
                    .as("a copy carries its first's Message-ID")
                    .allSatisfy(ids -> assertThat(ids).hasSize(1));
        } finally {
            client.close();
        }
    }
}
