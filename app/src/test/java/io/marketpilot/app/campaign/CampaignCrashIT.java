package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.app.Application;
import io.marketpilot.app.Main;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.channels.email.SmtpChannel;
import io.marketpilot.channels.email.SmtpSettings;
import io.marketpilot.channels.email.StartTls;
import io.marketpilot.channels.outbox.OutboxChannel;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.domain.Customer;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 test: {@code marketpilot campaign send} in a JVM of its own sends through a real SMTP server (GreenMail in
 * this process) and is killed with SIGKILL midway; a worker that starts after the dead one's lease lapsed sends the
 * rest. Every recipient gets their message, and a message is received twice only if it was in flight at the kill —
 * and then both copies carry one Message-ID, which mail systems drop duplicates by.
 */
class CampaignCrashIT {
    static final int RECIPIENTS = 600;
    static final String SECRET = "the crash test's campaigns secret, long enough";

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path dir;

    @Test
    void aSenderKilledMidCampaignLosesNobodyAndDuplicatesAtMostTheMessageInFlight() throws Exception {
        Path data = dir.resolve("data");
        String campaign;
        try (Services app = Application.open(new MarketPilotConfig(data, null, null, null, "127.0.0.1", 0))) {
            campaign = scheduled(app);
        }
        Path config = dir.resolve("marketpilot.yaml");
        Files.writeString(config, """
                smtp:
                  host: 127.0.0.1
                  port: %d
                  starttls: none
                  from: news@shop.example
                campaigns:
                  quiet-hours: none
                  secret: %s
                """.formatted(MAIL.getSmtp().getPort(), SECRET));

        Process sender = start(
                List.of("campaign", "send", campaign, "--data-dir", data.toString(), "--config", config.toString()));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (MAIL.getReceivedMessages().length < RECIPIENTS / 3 && sender.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sender.isAlive())
                .as(() -> "the sender was still sending when killed; its log:\n" + senderLog())
                .isTrue();
        sender.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, nothing closed
        sender.waitFor();
        int beforeRestart = MAIL.getReceivedMessages().length;
        assertThat(beforeRestart).isBetween(RECIPIENTS / 3, RECIPIENTS - 1);

        // a worker starting after the dead one's lease lapsed (its clock six minutes on) sends the rest
        try (Services app = Application.open(new MarketPilotConfig(data, null, null, null, "127.0.0.1", 0))) {
            MutableClock later = new MutableClock(Instant.now().plus(Duration.ofMinutes(6)));
            SmtpSettings smtp = SmtpSettings.builder("127.0.0.1", MAIL.getSmtp().getPort(), "news@shop.example")
                    .startTls(StartTls.NONE)
                    .build();
            Campaigns restarted = Campaigns.create(
                    app.stores.campaigns(),
                    CampaignSenderTest.dependencies(app),
                    settings(),
                    CampaignKeys.of(SECRET),
                    new CampaignChannels(
                            Optional.of(new SmtpChannel("email", smtp, later)),
                            Optional.empty(),
                            new OutboxChannel("outbox", app.stores.campaigns().outbox(), later)),
                    RetryPolicy.standard(1),
                    later);
            SendProgress done = restarted.sender.drain(campaign, p -> {});
            assertThat(done.status()).isEqualTo("done");
            assertThat(done.queue()).containsEntry("sent", (long) RECIPIENTS).hasSize(1);
        }

        Map<String, Set<String>> idsByKey = new HashMap<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            idsByKey.computeIfAbsent(m.getHeader("X-MarketPilot-Message-Key", null), k -> new HashSet<>())
                    .add(m.getMessageID());
        }
        assertThat(idsByKey).as("every recipient got their message").hasSize(RECIPIENTS);
        assertThat(idsByKey.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        int received = MAIL.getReceivedMessages().length;
        assertThat(received - RECIPIENTS)
                .as("copies: only a message in flight at the kill")
                .isBetween(0, 1);
    }

    static CampaignSettings settings() {
        return CampaignSettings.parse(Map.of("campaigns.quiet-hours", "none", "campaigns.secret", SECRET));
    }

    /** A hand-written approved text and RECIPIENTS opted-in customers, in a campaign approved and scheduled. */
    static String scheduled(Services app) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            String id = String.format(Locale.ROOT, "K%04d", i);
            ids.add(id);
            app.customers.save(new Customer(
                    id, id.toLowerCase(Locale.ROOT) + "@example.com", null, "Germany", null, LocalDate.of(2025, 1, 1)));
            CampaignTestShop.optIn(app, id);
        }
        long content = CampaignTestShop.approvedEmail(
                app,
                "crash-test",
                "{\"subject\":\"Hello {{first_name}}\",\"body\":\"Hi {{first_name}},\\n\\nNew arrivals.\"}");
        Campaigns campaigns = Campaigns.create(
                app.stores.campaigns(),
                CampaignSenderTest.dependencies(app),
                settings(),
                CampaignKeys.of(SECRET),
                CampaignChannels.configured(settings(), app.stores.campaigns().outbox(), app.clock),
                RetryPolicy.standard(1),
                app.clock);
        NewCampaign request = new NewCampaign(
                Optional.of("crash"),
                "Crash test",
                new AudienceSpec.UploadedList(ids),
                new ContentRef.Approved(List.of(content)),
                ChannelKind.EMAIL,
                Optional.empty(),
                Optional.of(new Schedule.Now(QuietHours.NONE)),
                Optional.of(0.0),
                Optional.empty(),
                false,
                true,
                Optional.empty());
        campaigns.service.create(request, "ann");
        campaigns.service.submit("crash", "ann");
        campaigns.service.approve("crash", "bob", "");
        assertThat(campaigns.service.schedule("crash", "bob").queued()).isEqualTo(RECIPIENTS);
        return "crash";
    }

    private Process start(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                                .toString()),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        Path log = dir.resolve("sender.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MARKETPILOT_"));
        return builder.start();
    }

    /** What the sender process printed, for a failure's message. */
    private String senderLog() {
        try {
            return Files.readString(dir.resolve("sender.log"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
