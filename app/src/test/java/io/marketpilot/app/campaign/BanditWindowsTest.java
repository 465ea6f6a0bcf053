package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.services.Services;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.channels.outbox.OutboxChannel;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
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
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.experiments.bandit.BanditState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bandit campaign learns from failures: when a recipient's attribution window closes without a success, their arm
 * is rewarded 0 once, so every message is exactly one pull, whatever its recipient did.
 */
class BanditWindowsTest {
    static final List<String> ARMS = List.of("a", "b");
    static final List<String> RECIPIENTS =
            IntStream.rangeClosed(1, 20).mapToObj(i -> "W" + i).toList();

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
        for (String id : RECIPIENTS) {
            app.customers.save(new Customer(
                    id,
                    id.toLowerCase(Locale.ROOT) + "@example.com",
                    "Customer " + id,
                    "Germany",
                    "Berlin",
                    LocalDate.of(2025, 1, 1)));
            CampaignTestShop.optIn(app, id);
        }
        app.products.save(new Product("P-1", "Lamp", "home", null, 40.0, null, null, null));
        first = CampaignTestShop.approvedEmail(
                app, "window-a", "{\"subject\":\"New lamps\",\"body\":\"Hi,\\n\\nNew lamps.\",\"cta\":\"Shop\"}");
        second = CampaignTestShop.approvedEmail(
                app, "window-b", "{\"subject\":\"Light up\",\"body\":\"Hi,\\n\\nLight up.\",\"cta\":\"Shop\"}");
        clock = new MutableClock(Instant.now());
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

    /** A sent bandit campaign: its id, its experiment, and its recipients by the arm each was sent. */
    record Sent(String campaign, String experiment, Map<String, List<String>> byArm) {
        List<String> arm(String name) {
            return byArm.getOrDefault(name, List.of());
        }
    }

    /** Starts a bandit for {@code metric}, sends it to every recipient and groups them by their arm. */
    static Sent send(String experiment, String metric) {
        return send(experiment, "thompson", metric);
    }

    static Sent send(String experiment, String design, String metric) {
        app.experiments.create(
                new NewExperiment(
                        experiment,
                        "Window " + experiment,
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
        app.experiments.start(experiment, "ann");
        String id = campaigns
                .service
                .create(
                        new NewCampaign(
                                Optional.empty(),
                                "Bandit " + experiment,
                                new AudienceSpec.UploadedList(RECIPIENTS),
                                new ContentRef.Experiment(experiment),
                                ChannelKind.EMAIL,
                                Optional.empty(),
                                Optional.of(new Schedule.Now(QuietHours.NONE)),
                                Optional.of(0.0),
                                Optional.empty(),
                                false,
                                false,
                                Optional.empty()),
                        "ann")
                .id();
        campaigns.service.submit(id, "ann");
        campaigns.service.approve(id, "bob", "");
        campaigns.service.schedule(id, "bob");
        assertThat(campaigns.sender.drain(id, p -> {}).sent()).isEqualTo(RECIPIENTS.size());
        Map<String, List<String>> byArm = new LinkedHashMap<>();
        for (String customer : RECIPIENTS) {
            String arm = app.stores
                    .campaigns()
                    .queue()
                    .find(new SendKey(id, customer))
                    .flatMap(QueuedSend::variant)
                    .orElseThrow();
            byArm.computeIfAbsent(arm, k -> new ArrayList<>()).add(customer);
        }
        // the comparison needs recipients on both arms; the first draws are even odds per recipient
        assertThat(byArm.keySet()).containsExactlyInAnyOrderElementsOf(ARMS);
        return new Sent(id, experiment, byArm);
    }

    static void click(Sent sent, String customer) {
        String token = keys.links()
                .sign(new LinkToken(
                        LinkPurpose.CLICK,
                        sent.campaign(),
                        customer,
                        clock.instant(),
                        Optional.of("https://shop.example/l")));
        assertThat(campaigns.tracking.click(token).event().counted()).isTrue();
    }

    static void closeWindow() {
        clock.advance(Campaign.DEFAULT_ATTRIBUTION_WINDOW.plusMinutes(1));
    }

    static long pulls(BanditState state, String arm) {
        return state.pulls().get(ARMS.indexOf(arm));
    }

    static double mean(BanditState state, String arm) {
        return state.rewardSums().get(ARMS.indexOf(arm)) / pulls(state, arm);
    }

    @Test
    void whenTheWindowClosesEveryRecipientIsOnePullAndTheClickingArmLeads() {
        Sent sent = send("window-clicks", "click_through");
        sent.arm("a").forEach(customer -> click(sent, customer));
        campaigns.service.report(sent.campaign());
        BanditState open = app.bandits.state(sent.experiment());
        assertThat(pulls(open, "a")).isEqualTo(sent.arm("a").size());
        assertThat(pulls(open, "b")).as("no zero before the window closes").isZero();

        closeWindow();
        campaigns.service.report(sent.campaign());

        BanditState closed = app.bandits.state(sent.experiment());
        assertThat(pulls(closed, "a")).isEqualTo(sent.arm("a").size());
        assertThat(pulls(closed, "b")).isEqualTo(sent.arm("b").size());
        assertThat(mean(closed, "a")).isGreaterThan(mean(closed, "b"));
        assertThat(mean(closed, "b")).isZero();
    }

    @Test
    void closingTheWindowsAgainChangesNothing() {
        Sent sent = send("window-replay", "click_through");
        click(sent, sent.arm("a").getFirst());
        closeWindow();
        campaigns.service.report(sent.campaign());
        BanditState once = app.bandits.state(sent.experiment());

        campaigns.service.report(sent.campaign());
        campaigns.service.report(sent.campaign());

        assertThat(app.bandits.state(sent.experiment())).isEqualTo(once);
        assertThat(once.pulls().stream().mapToLong(Long::longValue).sum()).isEqualTo(RECIPIENTS.size());
    }

    @Test
    void aClickAfterTheZeroIsRecordedButNotPulledAgain() {
        Sent sent = send("window-late", "click_through");
        closeWindow();
        campaigns.service.report(sent.campaign());
        BanditState zeroed = app.bandits.state(sent.experiment());

        click(sent, sent.arm("b").getFirst());

        assertThat(app.bandits.state(sent.experiment())).isEqualTo(zeroed);
        assertThat(pulls(zeroed, "b")).isEqualTo(sent.arm("b").size());
        assertThat(zeroed.rewardSums()).containsOnly(0.0);
    }

    @Test
    void aLateClickBeforeTheSweepDoesNotCountAsASuccess() {
        Sent sent = send("window-unswept", "click_through");
        closeWindow();

        click(sent, sent.arm("a").getFirst());
        campaigns.service.report(sent.campaign());

        BanditState closed = app.bandits.state(sent.experiment());
        assertThat(closed.pulls().stream().mapToLong(Long::longValue).sum()).isEqualTo(RECIPIENTS.size());
        assertThat(closed.rewardSums()).containsOnly(0.0);
    }

    @Test
    void aRevenueBanditLearnsEachRecipientsTotalOnceWhenTheWindowCloses() {
        Sent sent = send("window-revenue", "uniform", "revenue_per_user");
        String buyer = sent.arm("a").getFirst();
        Instant sentAt = app.stores
                .campaigns()
                .queue()
                .find(new SendKey(sent.campaign(), buyer))
                .flatMap(QueuedSend::sentAt)
                .orElseThrow();
        app.saveOrder(sale("WIN-1", buyer, sentAt.plus(Duration.ofDays(1)), 40));
        app.saveOrder(sale("WIN-2", buyer, sentAt.plus(Duration.ofDays(2)), 25));
        assertThat(app.bandits.state(sent.experiment()).pulls()).containsOnly(0L);

        closeWindow();
        campaigns.service.report(sent.campaign());

        BanditState closed = app.bandits.state(sent.experiment());
        assertThat(pulls(closed, "a")).isEqualTo(sent.arm("a").size());
        assertThat(pulls(closed, "b")).isEqualTo(sent.arm("b").size());
        assertThat(closed.rewardSums().get(ARMS.indexOf("a"))).isEqualTo(65.0);
        assertThat(closed.rewardSums().get(ARMS.indexOf("b"))).isZero();
    }

    static Order sale(String id, String customer, Instant at, double amount) {
        return new Order(
                id,
                customer,
                LocalDateTime.ofInstant(at, app.clock.getZone()),
                "Germany",
                OrderKind.SALE,
                List.of(new OrderLine(1, "P-1", 1, amount, amount)));
    }
}
