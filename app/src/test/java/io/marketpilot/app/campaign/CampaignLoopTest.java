package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.services.Services;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.channels.outbox.OutboxChannel;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.domain.Review;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.experiments.bandit.BanditState;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign loop closed, on the real embedded store: a bandit campaign's clicks reward the arm each recipient
 * was sent, orders within the attribution window become the experiment's conversions through every order door, and
 * customers with a recent complaint are held back from a promotion unless the campaign switches the rule off.
 */
class CampaignLoopTest {
    static final Instant SENT = Instant.parse("2026-05-04T10:00:00Z");

    @TempDir
    static Path dir;

    static Services app;
    static CampaignKeys keys;
    static long first;
    static long second;
    static MutableClock clock;
    static Campaigns campaigns;

    @BeforeAll
    static void store() {
        app = Application.open(new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0));
        keys = CampaignKeys.load(Optional.empty(), dir.resolve("data"));
        for (String id : List.of("B1", "B2", "B3", "B4", "V1", "V2", "V3", "H1", "H2", "H3")) {
            app.customers.save(new Customer(
                    id,
                    id.toLowerCase(java.util.Locale.ROOT) + "@example.com",
                    "Customer " + id,
                    "Germany",
                    "Berlin",
                    LocalDate.of(2025, 1, 1)));
            CampaignTestShop.optIn(app, id);
        }
        app.products.save(new Product("P-1", "Lamp", "home", null, 40.0, null, null, null));
        first = CampaignTestShop.approvedEmail(
                app, "loop-a", "{\"subject\":\"New lamps\",\"body\":\"Hi,\\n\\nNew lamps.\",\"cta\":\"Shop\"}");
        second = CampaignTestShop.approvedEmail(
                app, "loop-b", "{\"subject\":\"Light up\",\"body\":\"Hi,\\n\\nLight up.\",\"cta\":\"Shop\"}");
        clock = new MutableClock(SENT);
        campaigns = Campaigns.create(
                app.stores.campaigns(),
                CampaignSenderTest.dependencies(app),
                new CampaignSettings(
                        CampaignSettings.DEFAULT_PUBLIC_URL,
                        Optional.empty(),
                        new FrequencyCap(100, Duration.ofDays(7)),
                        QuietHours.NONE,
                        ConsentPolicy.EXPLICIT_ONLY,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                keys,
                new CampaignChannels(
                        Optional.empty(),
                        Optional.empty(),
                        new OutboxChannel("outbox", app.stores.campaigns().outbox(), clock)),
                new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 0, 3, 7),
                clock);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    /** A started experiment over the two approved e-mails. */
    static String experiment(String id, String design, String metric) {
        app.experiments.create(
                new NewExperiment(
                        id,
                        "Loop " + id,
                        design,
                        metric,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Variant("a", 1, String.valueOf(first), "", true),
                                new Variant("b", 1, String.valueOf(second), "", true))),
                "ann");
        app.experiments.start(id, "ann");
        return id;
    }

    /** Creates, approves (four eyes) and schedules a campaign, nobody held out. */
    static String launch(String name, List<String> customers, ContentRef content, boolean promotion, boolean holdBack) {
        String id = campaigns
                .service
                .create(
                        new NewCampaign(
                                Optional.empty(),
                                name,
                                new AudienceSpec.UploadedList(customers),
                                content,
                                ChannelKind.EMAIL,
                                Optional.empty(),
                                Optional.of(new Schedule.Now(QuietHours.NONE)),
                                Optional.of(0.0),
                                Optional.empty(),
                                promotion,
                                holdBack,
                                Optional.empty()),
                        "ann")
                .id();
        campaigns.service.submit(id, "ann");
        campaigns.service.approve(id, "bob", "");
        campaigns.service.schedule(id, "bob");
        return id;
    }

    static String sentVariant(String campaign, String customer) {
        return app.stores
                .campaigns()
                .queue()
                .find(new SendKey(campaign, customer))
                .flatMap(QueuedSend::variant)
                .orElseThrow();
    }

    static String clickToken(String campaign, String customer) {
        return keys.links()
                .sign(new LinkToken(
                        LinkPurpose.CLICK, campaign, customer, clock.instant(), Optional.of("https://shop.example/l")));
    }

    static Map<String, Double> rewards(BanditState state, List<String> arms) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < arms.size(); i++) {
            out.put(arms.get(i), state.rewardSums().get(i));
        }
        return out;
    }

    /** The shop's local time of an instant: orders are dated in the shop's zone. */
    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, app.clock.getZone());
    }

    static Order sale(String id, String customer, Instant at, double amount) {
        return new Order(
                id,
                customer,
                local(at),
                "Germany",
                OrderKind.SALE,
                List.of(new OrderLine(1, "P-1", 1, amount, amount)));
    }

    static long convertedUnits(String experiment) {
        return app.experimentReports.report(experiment, 0).report().arms().stream()
                .mapToLong(a -> a.successes())
                .sum();
    }

    @Test
    void aClickRewardsExactlyTheArmItsRecipientWasSentAndOnlyOnce() {
        String experiment = experiment("loop-bandit", "thompson", "click_through");
        String id =
                launch("Bandit", List.of("B1", "B2", "B3", "B4"), new ContentRef.Experiment(experiment), false, true);
        assertThat(campaigns.sender.drain(id, p -> {}).sent()).isEqualTo(4);
        String arm = sentVariant(id, "B2");
        List<String> arms = List.of("a", "b");
        Map<String, Double> before = rewards(app.bandits.state(experiment), arms);

        ClickThrough click = campaigns.tracking.click(clickToken(id, "B2"));
        ClickThrough replay = campaigns.tracking.click(clickToken(id, "B2"));

        assertThat(click.event().counted()).isTrue();
        assertThat(replay.event().counted()).isFalse();
        Map<String, Double> after = rewards(app.bandits.state(experiment), arms);
        assertThat(after.get(arm)).isEqualTo(before.get(arm) + 1);
        String other = arm.equals("a") ? "b" : "a";
        assertThat(after.get(other)).isEqualTo(before.get(other));
    }

    @Test
    void anOrderInTheWindowBecomesOneConversionAndOthersDoNot() {
        String experiment = experiment("loop-ab", "ab", "conversion");
        String id = launch("Conversions", List.of("V1", "V2"), new ContentRef.Experiment(experiment), false, true);
        assertThat(campaigns.sender.drain(id, p -> {}).sent()).isEqualTo(2);
        Instant sentAt = app.stores
                .campaigns()
                .queue()
                .find(new SendKey(id, "V1"))
                .flatMap(QueuedSend::sentAt)
                .orElseThrow();

        // the REST door's service: within the window, then replayed
        app.saveOrder(sale("LOOP-1", "V1", sentAt.plus(Duration.ofDays(2)), 40));
        app.saveOrder(sale("LOOP-1", "V1", sentAt.plus(Duration.ofDays(2)), 40));
        // outside the 7-day window, and from a customer who was sent nothing
        app.saveOrder(sale("LOOP-2", "V2", sentAt.plus(Duration.ofDays(8)), 25));
        app.saveOrder(sale("LOOP-3", "V3", sentAt.plus(Duration.ofDays(1)), 25));

        assertThat(app.stores.campaigns().events().counts(id)).containsEntry(CampaignEventKind.CONVERSION, 1L);
        assertThat(convertedUnits(experiment)).isEqualTo(1);

        // the import door: V2's order in the window converts them; importing the same file again changes nothing
        String csv = "order_id,customer_id,ordered_at,product_id,quantity,unit_price\n" + "LOOP-4,V2,"
                + local(sentAt.plus(Duration.ofDays(3))).withNano(0) + ",P-1,1,30\n";
        for (int i = 0; i < 2; i++) {
            app.importFile(
                    ImportKind.ORDERS,
                    "loop-orders.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    false,
                    "test",
                    ImportProgress.NONE);
        }

        assertThat(app.stores.campaigns().events().counts(id)).containsEntry(CampaignEventKind.CONVERSION, 2L);
        assertThat(convertedUnits(experiment)).isEqualTo(2);
    }

    @Test
    void aRecentComplaintHoldsBackFromAPromotionUnlessTheCampaignSwitchesTheRuleOff() {
        // H1: an escalated conversation, still open, tied to them; H2: a strongly negative review (rated 4 stars)
        LocalDateTime now = local(clock.instant());
        app.stores
                .conversations()
                .create(new Conversation(
                        "loop-escalated",
                        ConversationStatus.HANDOFF,
                        "cli",
                        "en",
                        "explicit request",
                        now.minusDays(1),
                        now.minusDays(1),
                        Optional.of("H1")));
        app.reviews.save(
                new Review("loop-review", "H2", "P-1", "Broke in a day, awful.", 4, "web", "en", now.minusDays(2)));
        app.reviewSentiments.saveAll(
                List.of(new ReviewSentiments.Result(
                        "loop-review", ReviewAnalysis.MODELS.getFirst(), "negative", -0.8, 0.8, 0.2, 0)),
                now);
        List<String> audience = List.of("H1", "H2", "H3");

        String held = campaigns
                .service
                .create(
                        new NewCampaign(
                                Optional.empty(),
                                "Promotion",
                                new AudienceSpec.UploadedList(audience),
                                new ContentRef.Approved(List.of(first)),
                                ChannelKind.EMAIL,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(0.0),
                                Optional.empty(),
                                true,
                                true,
                                Optional.empty()),
                        "ann")
                .id();
        CampaignPreview withRule = campaigns.service.preview(held, audience, 0);

        assertThat(campaigns.service.get(held).holdBackComplaints()).isTrue();
        assertThat(withRule.leftOut()).containsEntry("held_back", 2L);
        assertThat(withRule.customers())
                .filteredOn(c -> "held_back".equals(c.leftOut()))
                .extracting(PreviewedCustomer::customerId)
                .containsExactlyInAnyOrder("H1", "H2");

        String open = campaigns
                .service
                .create(
                        new NewCampaign(
                                Optional.empty(),
                                "Promotion, rule off",
                                new AudienceSpec.UploadedList(audience),
                                new ContentRef.Approved(List.of(first)),
                                ChannelKind.EMAIL,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(0.0),
                                Optional.empty(),
                                true,
                                false,
                                Optional.empty()),
                        "ann")
                .id();
        CampaignPreview withoutRule = campaigns.service.preview(open, audience, 0);

        assertThat(campaigns.service.get(open).holdBackComplaints()).isFalse();
        assertThat(withoutRule.leftOut().getOrDefault("held_back", 0L)).isZero();
        assertThat(withoutRule.recipients()).isEqualTo(3);
    }
}
