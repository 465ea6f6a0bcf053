package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.channels.outbox.OutboxChannel;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.domain.Customer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender against the real embedded store: delivered, refused, temporarily failed and skipped messages, the
 * outbox's one transaction, and a dead worker's lease lapsing without anyone being sent twice.
 */
class CampaignSenderTest {
    @TempDir
    static Path dir;

    static Services app;
    static long contentId;
    /** The keys the application's own wiring uses (the erasure step's among them): the data directory's secret. */
    static CampaignKeys keys;

    MutableClock clock;
    ScriptedChannel channel;
    Campaigns campaigns;

    @BeforeAll
    static void store() {
        app = Application.open(new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0));
        keys = CampaignKeys.load(Optional.empty(), dir.resolve("data"));
        for (String id : List.of(
                "D1", "D2", "D3", "P1", "P2", "T1", "T2", "K1", "K2", "K3", "O1", "O2", "U1", "U2", "E1", "F1", "F2")) {
            app.customers.save(new Customer(
                    id,
                    id.toLowerCase(java.util.Locale.ROOT) + "@example.com",
                    "Customer " + id,
                    "Germany",
                    "Berlin",
                    LocalDate.of(2025, 1, 1)));
            CampaignTestShop.optIn(app, id);
        }
        contentId = CampaignTestShop.approvedEmail(
                app,
                "sender-test",
                "{\"subject\":\"Hello {{first_name}}\",\"body\":\"Hi {{first_name}},\\n\\nNew arrivals.\","
                        + "\"cta\":\"Shop now\"}");
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @BeforeEach
    void sender() {
        clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));
        channel = new ScriptedChannel();
        campaigns = campaigns(Optional.of(channel));
    }

    Campaigns campaigns(Optional<io.marketpilot.core.delivery.Channel> email) {
        return campaigns(email, new FrequencyCap(100, Duration.ofDays(7)));
    }

    Campaigns campaigns(Optional<io.marketpilot.core.delivery.Channel> email, FrequencyCap cap) {
        CampaignSettings settings = new CampaignSettings(
                CampaignSettings.DEFAULT_PUBLIC_URL,
                Optional.empty(),
                cap,
                QuietHours.NONE,
                ConsentPolicy.EXPLICIT_ONLY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return Campaigns.create(
                app.stores.campaigns(),
                dependencies(app),
                settings,
                keys,
                new CampaignChannels(
                        email,
                        Optional.empty(),
                        new OutboxChannel("outbox", app.stores.campaigns().outbox(), clock)),
                new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 0, 3, 7),
                clock);
    }

    static Campaigns.Dependencies dependencies(Services app) {
        return new Campaigns.Dependencies(
                app.customers,
                app.customerAttributes,
                app.products,
                app.orders,
                app.reviews,
                app.reviewSentiments,
                app.stores.conversations(),
                app.segments,
                app.predictions,
                app.recommendations,
                app.content,
                app.experiments,
                app.bandits,
                app.eventIntake,
                app.audit);
    }

    /** Creates, approves (four eyes) and schedules a campaign to these customers, nobody held out. */
    String launch(String name, List<String> customers) {
        return launch(name, customers, Optional.empty());
    }

    String launch(String name, List<String> customers, Optional<Integer> priority) {
        NewCampaign request = new NewCampaign(
                Optional.empty(),
                name,
                new AudienceSpec.UploadedList(customers),
                new ContentRef.Approved(List.of(contentId)),
                ChannelKind.EMAIL,
                Optional.empty(),
                Optional.of(new Schedule.Now(QuietHours.NONE)),
                Optional.of(0.0),
                priority,
                false,
                true,
                Optional.empty());
        String id = campaigns.service.create(request, "ann").id();
        campaigns.service.submit(id, "ann");
        campaigns.service.approve(id, "bob", "");
        CampaignLaunch launch = campaigns.service.schedule(id, "bob");
        assertThat(launch.recipients()).isEqualTo(customers.size());
        return id;
    }

    SendProgress drain(String id) {
        return campaigns.sender.drain(id, p -> {});
    }

    static String key(String campaign, String customer) {
        return new SendKey(campaign, customer).idempotencyKey();
    }

    @Test
    void deliversEachRecipientOnceAndCountsIt() {
        String id = launch("Delivered", List.of("D1", "D2", "D3"));

        SendProgress done = drain(id);

        assertThat(done.sent()).isEqualTo(3);
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.queue()).containsEntry("sent", 3L).hasSize(1);
        assertThat(channel.handed())
                .extracting(m -> m.recipient())
                .containsExactlyInAnyOrder("d1@example.com", "d2@example.com", "d3@example.com");
        assertThat(app.stores.campaigns().events().counts(id)).containsEntry(CampaignEventKind.SENT, 3L);
        assertThat(app.stores
                        .campaigns()
                        .contacts()
                        .countsSince(List.of("D1", "D2", "D3"), clock.instant().minusSeconds(1)))
                .containsEntry("D1", 1)
                .hasSize(3);
        assertThat(drain(id).sent()).isZero();
        assertThat(channel.handed()).hasSize(3);
    }

    @Test
    void campaignsScheduledSideBySideNeverTakeACustomerPastTheCap() {
        campaigns.close();
        campaigns = campaigns(Optional.of(channel), new FrequencyCap(1, Duration.ofDays(7)));
        // both audiences are resolved before either sends, so each found the customer with room for one message
        String first = launch("Side by side 1", List.of("F1"));
        String second = launch("Side by side 2", List.of("F1"));

        assertThat(drain(first).sent()).isEqualTo(1);
        SendProgress later = drain(second);

        assertThat(later.sent()).isZero();
        assertThat(later.queue()).containsEntry("skipped", 1L);
        assertThat(channel.handed()).extracting(m -> m.recipient()).containsExactly("f1@example.com");
    }

    @Test
    void whereCampaignsOverlapTheHigherPriorityTakesTheCapWhicheverSendsFirst() {
        campaigns.close();
        campaigns = campaigns(Optional.of(channel), new FrequencyCap(1, Duration.ofDays(7)));
        String newsletter = launch("Newsletter", List.of("F2"), Optional.of(10));
        String offer = launch("Offer", List.of("F2"), Optional.of(90));

        SendProgress yielded = drain(newsletter);
        SendProgress taken = drain(offer);

        assertThat(yielded.sent()).as("the newsletter drained first but yields").isZero();
        assertThat(yielded.queue()).containsEntry("skipped", 1L);
        assertThat(taken.sent()).isEqualTo(1);
        assertThat(channel.handed()).extracting(m -> m.recipient()).containsExactly("f2@example.com");
    }

    @Test
    void aRefusedAddressFailsForGoodAndIsSuppressedForTheNextCampaign() {
        channel.answer(
                "p2@example.com",
                new DeliveryResult.PermanentFailure(
                        "550 5.1.1 no such user", "smtp-550-5.1.1", DeliveryResult.Refusal.RECIPIENT));
        String id = launch("Bounced", List.of("P1", "P2"));

        SendProgress done = drain(id);

        assertThat(done.sent()).isEqualTo(1);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.queue()).containsEntry("failed", 1L).containsEntry("sent", 1L);
        assertThat(campaigns
                        .suppression
                        .contains("P2@example.com", ChannelKind.EMAIL)
                        .suppressed())
                .isTrue();
        assertThat(app.stores.campaigns().events().counts(id)).containsEntry(CampaignEventKind.BOUNCE, 1L);

        String next = campaigns
                .service
                .create(
                        NewCampaign.of(
                                "After the bounce",
                                new AudienceSpec.UploadedList(List.of("P1", "P2")),
                                new ContentRef.Approved(List.of(contentId)),
                                ChannelKind.EMAIL),
                        "ann")
                .id();
        CampaignPreview preview = campaigns.service.preview(next, List.of("P2"), 0);
        assertThat(preview.customers().getFirst().leftOut()).isEqualTo("suppressed");
        assertThat(preview.leftOut()).containsEntry("suppressed", 1L);
    }

    @Test
    void aTemporaryFailureWaitsForItsRetryAndThenGoesOnce() {
        channel.answer("t2@example.com", DeliveryResult.TemporaryFailure.because("451 try again later"));
        String id = launch("Retried", List.of("T1", "T2"));

        SendProgress first = drain(id);
        assertThat(first.sent()).isEqualTo(1);
        assertThat(first.retrying()).isEqualTo(1);
        assertThat(first.queue()).containsEntry("retry", 1L);
        assertThat(first.status()).isEqualTo("sending");
        assertThat(drain(id).sent()).as("not due before its retry").isZero();

        clock.advance(Duration.ofMinutes(2));
        SendProgress second = drain(id);

        assertThat(second.sent()).isEqualTo(1);
        assertThat(second.status()).isEqualTo("done");
        assertThat(channel.times(key(id, "T2"))).isEqualTo(2);
        assertThat(channel.times(key(id, "T1"))).isEqualTo(1);
    }

    @Test
    void aDeadWorkersClaimLapsesAndAnotherWorkerSendsEachMessageOnce() {
        String id = launch("Recovered", List.of("K1", "K2", "K3"));
        // a worker claims the batch and dies before sending anything
        List<QueuedSend> taken = app.stores
                .campaigns()
                .queue()
                .claim(id, Lease.of("dead-worker", clock.instant(), Duration.ofMinutes(5)), clock.instant(), 10);
        assertThat(taken).hasSize(3);

        assertThat(drain(id).sent()).as("leased to the dead worker").isZero();
        clock.advance(Duration.ofMinutes(6));
        SendProgress recovered = drain(id);

        assertThat(recovered.sent()).isEqualTo(3);
        assertThat(recovered.status()).isEqualTo("done");
        for (String customer : List.of("K1", "K2", "K3")) {
            assertThat(channel.times(key(id, customer))).isEqualTo(1);
        }
        // the dead worker's late report changes nothing
        assertThat(app.stores.campaigns().queue().markSent(new SendKey(id, "K1"), "dead-worker", clock.instant()))
                .isFalse();
        assertThat(drain(id).sent()).isZero();
        assertThat(channel.handed()).hasSize(3);
    }

    @Test
    void intoTheOutboxTheMessageAndItsSentMarkAreStoredTogetherAndSaidNotDelivered() {
        campaigns = campaigns(Optional.empty());
        String id = launch("Outboxed", List.of("O1", "O2"));

        SendProgress done = drain(id);

        assertThat(done.sent()).isEqualTo(2);
        assertThat(done.reachesRecipients()).isFalse();
        assertThat(done.delivery()).isEqualTo("outbox: not delivered");
        assertThat(app.stores.campaigns().outbox().find(key(id, "O1"))).isPresent();
        assertThat(app.stores.campaigns().outbox().find(key(id, "O2"))).isPresent();
        assertThat(app.stores.campaigns().queue().counts(id)).containsEntry(SendState.SENT, 2L);
        assertThat(campaigns.service.report(id).delivery()).isEqualTo("outbox: not delivered");
        assertThat(channel.handed()).isEmpty();
    }

    @Test
    void anUnsubscribeBetweenSchedulingAndSendingWins() {
        String id = launch("Unsubscribed meanwhile", List.of("U1", "U2"));
        String token =
                keys.links().sign(new LinkToken(LinkPurpose.UNSUBSCRIBE, id, "U1", clock.instant(), Optional.empty()));
        Unsubscribed unsubscribed = campaigns.tracking.unsubscribe(token);
        assertThat(unsubscribed.suppressedNow()).isTrue();

        SendProgress done = drain(id);

        assertThat(done.sent()).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(1);
        assertThat(channel.times(key(id, "U1"))).isZero();
        assertThat(app.stores.campaigns().events().counts(id)).containsEntry(CampaignEventKind.UNSUBSCRIBE, 1L);
    }

    @Test
    void aForgottenCustomerIsNotMailedAgainAfterTheirAddressIsImportedAgain() {
        String id = launch("Before the erasure", List.of("E1"));
        assertThat(drain(id).sent()).isEqualTo(1);

        app.privacy.forget("E1", "dpo");
        // the shop imports the same person again, under a new id
        app.customers.save(new Customer(
                "E1-again", "E1@example.com", "Customer E1", "Germany", "Berlin", LocalDate.of(2026, 6, 1)));
        app.stores
                .campaigns()
                .consents()
                .record(new Consent(
                        "E1-again",
                        ChannelKind.EMAIL,
                        Consent.ALL_TOPICS,
                        ConsentStatus.OPTED_IN,
                        ConsentSource.IMPORT,
                        clock.instant(),
                        "re-import"));

        assertThat(campaigns
                        .suppression
                        .contains("e1@example.com", ChannelKind.EMAIL)
                        .suppressed())
                .isTrue();
        String next = campaigns
                .service
                .create(
                        NewCampaign.of(
                                "After the erasure",
                                new AudienceSpec.UploadedList(List.of("E1-again")),
                                new ContentRef.Approved(List.of(contentId)),
                                ChannelKind.EMAIL),
                        "ann")
                .id();
        assertThat(campaigns
                        .service
                        .preview(next, List.of("E1-again"), 0)
                        .customers()
                        .getFirst()
                        .leftOut())
                .isEqualTo("suppressed");
    }
}
