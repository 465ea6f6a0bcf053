package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.app.Application;
import io.marketpilot.app.cli.InProcessCli;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportProgress;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, through the command line on the sample shop: a campaign for a segment, previewed per
 * customer, approved by a second person, sent through a real SMTP server (GreenMail in this process, on a loopback
 * port), a received message read back (both parts, List-Unsubscribe), its one-click unsubscribe link used, and the
 * customer left out as suppressed in the next campaign's preview. The link is handed to {@link Tracking} directly:
 * the public tracking routes belong to the web door.
 */
class CampaignAcceptanceTest {
    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path data;
    static Path config;

    static InProcessCli.Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data-dir", data.toString(), "--config", config.toString()));
        return InProcessCli.run(all.toArray(String[]::new));
    }

    static JsonNode json(String... args) throws Exception {
        InProcessCli.Run r = run(args);
        assertThat(r.exit())
                .as(String.join(" ", args) + "\n" + r.err() + r.out())
                .isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aSegmentCampaignGoesOutBySmtpAndItsUnsubscribeLinkSuppressesTheCustomerForTheNextOne() throws Exception {
        data = dir.resolve("data");
        List<String> everyone = new ArrayList<>();
        try (Services app = Application.open(new MarketPilotConfig(data, null, null, null, "127.0.0.1", 0))) {
            DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
            app.segments.run("auto", 42, Optional.empty());
            app.customers.forEach(c -> everyone.add(c.id()));
        }
        config = dir.resolve("marketpilot.yaml");
        Files.writeString(config, """
                smtp:
                  host: 127.0.0.1
                  port: %d
                  starttls: none
                  from: news@shop.example
                  from-name: The Sample Shop
                campaigns:
                  public-url: https://mp.shop.example
                  shop-url: https://shop.example
                  quiet-hours: none
                """.formatted(MAIL.getSmtp().getPort()));
        // everyone signed up for the newsletter when they bought
        Path consents = dir.resolve("consents.csv");
        StringBuilder csv = new StringBuilder("customer_id,channel,topic,status,source,at\n");
        everyone.forEach(id -> csv.append(id).append(",email,all,opted_in,import,2026-01-15\n"));
        Files.writeString(consents, csv.toString(), StandardCharsets.UTF_8);
        assertThat(json("consent", "import", consents.toString(), "--format", "json")
                        .get("recorded")
                        .asInt())
                .isEqualTo(everyone.size());

        long content = json(
                        "generate",
                        "--channel",
                        "email",
                        "--segment",
                        "0",
                        "--variants",
                        "1",
                        "--seed",
                        "7",
                        "--format",
                        "json")
                .get("variants")
                .get(0)
                .get("id")
                .asLong();
        assertThat(run("content", "approve", String.valueOf(content), "--reviewer", "bob")
                        .exit())
                .isZero();

        // create, and preview per customer
        String campaign = json(
                        "campaign",
                        "create",
                        "--name",
                        "Spring news",
                        "--segment",
                        "0",
                        "--content",
                        String.valueOf(content),
                        "--as",
                        "ann",
                        "--submit",
                        "--format",
                        "json")
                .get("id")
                .asText();
        JsonNode sample = json("campaign", "preview", campaign, "--samples", "1", "--format", "json");
        long recipients = sample.get("recipients").asLong();
        assertThat(recipients).isPositive();
        assertThat(sample.get("leftOut").get("holdout").asLong()).isPositive();
        String customer = sample.get("customers").get(0).get("customerId").asText();
        JsonNode preview = json("campaign", "preview", campaign, "--customer", customer, "--format", "json");
        JsonNode message = preview.get("customers").get(0).get("message");
        assertThat(preview.get("customers").get(0).get("leftOut").isNull()).isTrue();
        assertThat(message.get("text").asText()).contains("Unsubscribe: https://mp.shop.example/u/");
        assertThat(message.get("html").asText()).contains("/o/");
        assertThat(preview.get("delivery").asText()).isEqualTo("email");

        // four eyes: the author cannot approve; a second person can
        InProcessCli.Run own = run("campaign", "approve", campaign, "--as", "ann");
        assertThat(own.exit()).isEqualTo(2);
        assertThat(own.err()).contains("four eyes");
        assertThat(json("campaign", "approve", campaign, "--as", "bob", "--format", "json")
                        .get("approvedBy")
                        .asText())
                .isEqualTo("bob");

        JsonNode sent = json("campaign", "send", campaign, "--as", "bob", "--format", "json");
        assertThat(sent.get("sent").asLong()).isEqualTo(recipients);
        assertThat(sent.get("status").asText()).isEqualTo("done");
        assertThat(sent.get("reachesRecipients").asBoolean()).isTrue();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize((int) recipients);

        // the customer's message, as their mail client sees it
        MimeMessage mime = Arrays.stream(received)
                .filter(m -> header(m, "X-MarketPilot-Message-Key").equals(campaign + "/" + customer))
                .findFirst()
                .orElseThrow();
        assertThat(mime.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) mime.getContent();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            types.add(part.getContentType().split(";")[0].toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(types).containsExactly("text/plain", "text/html");
        assertThat(((InternetAddress) mime.getFrom()[0]).getAddress()).isEqualTo("news@shop.example");
        String listUnsubscribe = header(mime, "List-Unsubscribe");
        assertThat(listUnsubscribe).startsWith("<https://mp.shop.example/u/");
        assertThat(header(mime, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(run("campaign", "report", campaign).out()).contains("recipients:");

        // the one-click unsubscribe (the web door's POST calls this)
        URI link = URI.create(listUnsubscribe.replaceAll("^<|>.*$", ""));
        try (Services app = Application.open(new MarketPilotConfig(data, null, null, null, "127.0.0.1", 0))) {
            Unsubscribed done = app.campaigns.tracking.unsubscribe(TrackingLinks.token(link));
            assertThat(done.customerId()).isEqualTo(customer);
            assertThat(done.suppressedNow()).isTrue();
        }

        String next = json(
                        "campaign",
                        "create",
                        "--name",
                        "Summer news",
                        "--segment",
                        "0",
                        "--content",
                        String.valueOf(content),
                        "--as",
                        "ann",
                        "--format",
                        "json")
                .get("id")
                .asText();
        JsonNode after = json("campaign", "preview", next, "--customer", customer, "--format", "json");
        assertThat(after.get("customers").get(0).get("leftOut").asText()).isEqualTo("suppressed");
        assertThat(after.get("leftOut").get("suppressed").asLong()).isEqualTo(1);
        JsonNode consent = json("consent", "show", customer, "--format", "json");
        assertThat(consent.get("latest").get(0).get("status").asText()).isEqualTo("opted_out");
        assertThat(consent.get("latest").get(0).get("source").asText()).isEqualTo("one_click_unsubscribe");
    }

    static String header(MimeMessage mime, String name) {
        try {
            String value = mime.getHeader(name, null);
            return value == null ? "" : MimeUtility.unfold(value);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
