package io.marketpilot.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.cli.InProcessCli;
import io.marketpilot.channels.email.SmtpChannel;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code bench campaign} at a small size: its counts, not its speed. A send run must deliver each recipient's message
 * once through the real sender, and its check at the far end must be able to see a message missing or doubled; the
 * audience run must resolve every customer of the orders file, each candidate either a recipient or left out for a
 * reason.
 */
class CampaignBenchTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(CampaignSendBenchmark.Target.class)
    void aSendRunDeliversEveryRecipientsMessageOnceAndCountsItWhereItArrived(CampaignSendBenchmark.Target target)
            throws Exception {
        CampaignSendBenchmark.Result result = CampaignSendBenchmark.run(
                Application::open, FreshStore.Kind.H2, FreshStore.POSTGRES_URL, "postgres", 60, target, QUIET);

        assertThat(result.queued()).isEqualTo(60);
        assertThat(result.sent()).isEqualTo(60);
        assertThat(result.failed() + result.skipped()).isZero();
        assertThat(result.arrived()).isEqualTo(60);
        assertThat(result.missing()).isZero();
        assertThat(result.doubled()).isZero();
        assertThat(result.exact()).isTrue();
        assertThat(result.messagesPerSecond()).isPositive();
        assertThat(result.describe()).contains("60 arrived, 0 missing, 0 doubled: exact");
    }

    @Test
    void theSmtpServersCountSeesAMissingAndADoubledMessage() {
        try (CountingSmtpServer server = new CountingSmtpServer()) {
            SmtpChannel channel = new SmtpChannel("email", server.settings(), Clock.systemUTC());
            OutgoingMessage twice = message("c/1", "one@example.com");
            channel.sendAll(List.of(twice, message("c/2", "two@example.com"), twice));
            server.purge();

            CountingSmtpServer.Count count = server.count(Set.of("c/1", "c/2", "c/3"));

            assertThat(count.received()).isEqualTo(3);
            assertThat(count.distinct()).isEqualTo(2);
            assertThat(count.missing()).as("c/3 never sent").isEqualTo(1);
            assertThat(count.doubled()).as("c/1 sent twice").isEqualTo(1);
            assertThat(count.exact()).isFalse();
        }
    }

    @Test
    void theAudienceRunResolvesEveryBuyerOfTheOrdersFileBySegmentAndByRule(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.csv");
        OnlineRetailLikeFile.write(orders, 3_000, 5);

        AudienceBenchmark.Result result =
                AudienceBenchmark.run(Application::open, FreshStore.Kind.H2, "", "", orders, QUIET);

        assertThat(result.segments()).hasSizeGreaterThanOrEqualTo(2);
        long buyers = result.everyone().candidates();
        assertThat(buyers).isPositive().isLessThanOrEqualTo(result.customers());
        AudienceBenchmark.Resolution everyBuyer = result.rules().getFirst();
        assertThat(everyBuyer.audience()).contains(AudienceBenchmark.EVERY_BUYER);
        assertThat(everyBuyer.candidates())
                .as("the rule over every buyer names the segmented customers")
                .isEqualTo(buyers);
        assertThat(result.rules().get(1).candidates()).isEqualTo(buyers);
        assertThat(result.rules().get(2).candidates()).isLessThanOrEqualTo(buyers);
        assertThat(result.scheduled().candidates()).isEqualTo(buyers);
        for (AudienceBenchmark.Resolution r : concat(result.segments(), result.rules())) {
            assertThat(r.recipients()
                            + r.leftOut().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                    .as(r.audience())
                    .isEqualTo(r.candidates());
        }
        for (AudienceBenchmark.Resolution r : result.rules().subList(0, 2)) {
            assertThat(r.leftOut())
                    .as("every customer has an address and consent: " + r.audience())
                    .containsEntry("no_address", 0L)
                    .containsEntry("no_consent", 0L);
            assertThat(r.leftOut().get("holdout")).as("a tenth held out").isPositive();
        }
        assertThat(result.scheduled().recipients()).isPositive().isLessThan(buyers);
    }

    @Test
    void theCommandSaysWhetherEveryMessageArrivedAndRefusesAnUnknownTarget() {
        InProcessCli.Run run =
                InProcessCli.run("bench", "campaign", "--recipients", "25", "--to", "outbox", "--skip-audience");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("25 sent, 0 failed, 0 skipped")
                .contains("25 arrived, 0 missing, 0 doubled: exact");

        InProcessCli.Run wrong = InProcessCli.run("bench", "campaign", "--to", "pigeon");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--to takes outbox and smtp").doesNotContain("\tat ");
    }

    private static List<AudienceBenchmark.Resolution> concat(
            List<AudienceBenchmark.Resolution> a, List<AudienceBenchmark.Resolution> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static OutgoingMessage message(String key, String recipient) {
        return OutgoingMessage.builder(key, "email", recipient, "Hello,\nnew arrivals.\n")
                .subject("New arrivals")
                .build();
    }
}
