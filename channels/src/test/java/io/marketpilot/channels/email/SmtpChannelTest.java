package io.marketpilot.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.Unsubscribe;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only e-mail does: the exact header fields, the MIME structure, connection reuse and SMTP's reply codes. */
class SmtpChannelTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(SmtpTestSupport.greenMailSetup());

    private static OutgoingMessage message(String key, String recipient) {
        return TestMessages.message(key, recipient);
    }

    @Test
    void writesTheUnsubscribeHeadersOfRfc2369AndRfc8058AndTheMessageKey() throws Exception {
        DeliveryResult result =
                SmtpTestSupport.channel(GREEN_MAIL.getSmtp().getPort()).send(message("spring:C-1", "ann@example.com"));

        MimeMessage mime = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(SmtpTestSupport.header(mime, "List-Unsubscribe"))
                .isEqualTo("<https://shop.example/u/spring-C-1?sig=abc123>,"
                        + " <mailto:unsubscribe@shop.example?subject=spring-C-1>");
        assertThat(SmtpTestSupport.header(mime, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(SmtpTestSupport.header(mime, "X-MarketPilot-Message-Key")).isEqualTo("spring:C-1");
        assertThat(SmtpTestSupport.header(mime, "Reply-To")).isEqualTo("help@shop.example");
        assertThat(result).isEqualTo(new Delivered(mime.getMessageID()));
        assertThat(mime.getMessageID()).matches("<[0-9a-f]{32}@shop\\.example>");
    }

    @Test
    void aPlainHttpLinkGetsNoOneClickHeader() {
        OutgoingMessage local = OutgoingMessage.builder("spring:C-1", "email", "ann@example.com", "Hi")
                .unsubscribe(Unsubscribe.web(URI.create("http://localhost:7070/u/t")))
                .build();

        SmtpTestSupport.channel(GREEN_MAIL.getSmtp().getPort()).send(local);

        MimeMessage mime = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(SmtpTestSupport.header(mime, "List-Unsubscribe")).isEqualTo("<http://localhost:7070/u/t>");
        assertThat(SmtpTestSupport.header(mime, "List-Unsubscribe-Post")).isEmpty();
    }

    @Test
    void sendsTextThenHtmlAsAlternativesInUtf8FromTheNamedSender() throws Exception {
        OutgoingMessage m = OutgoingMessage.builder("spring:C-1", "email", "ann@example.com", "Grüße, 春天")
                .subject("Frühling · 春季优惠")
                .html("<p>Grüße, 春天</p>")
                .build();

        SmtpTestSupport.channel(GREEN_MAIL.getSmtp().getPort()).send(m);

        MimeMessage mime = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(mime.getSubject()).isEqualTo("Frühling · 春季优惠");
        assertThat(mime.getFrom()).containsExactly(new InternetAddress("news@shop.example", "Shop Ünïcode", "UTF-8"));
        assertThat(mime.getSentDate().toInstant()).isEqualTo(SmtpTestSupport.CLOCK.instant());
        assertThat(mime.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mime.getContent();
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(text.getContent()).isEqualTo("Grüße, 春天");
        assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(html.getContent()).isEqualTo("<p>Grüße, 春天</p>");
    }

    @Test
    void theMessageIdFollowsTheKeySoAResentCopyCanBeRecognised() throws Exception {
        SmtpChannel channel = SmtpTestSupport.channel(GREEN_MAIL.getSmtp().getPort());

        channel.send(message("spring:C-1", "ann@example.com"));
        channel.send(message("spring:C-1", "ann@example.com"));
        channel.send(message("spring:C-2", "ann@example.com"));

        MimeMessage[] got = GREEN_MAIL.getReceivedMessages();
        assertThat(got[0].getMessageID()).isEqualTo(got[1].getMessageID()).isNotEqualTo(got[2].getMessageID());
    }

    @Test
    void aMalformedAddressIsRefusedForGoodAndTheRestOfTheBatchStillGoes() {
        List<DeliveryResult> results = SmtpTestSupport.channel(
                        GREEN_MAIL.getSmtp().getPort())
                .sendAll(List.of(
                        message("k:1", "ann@example.com"),
                        message("k:2", "not an address"),
                        message("k:3", "Bob <bob@example.com>"),
                        message("k:4", "cid@example.com")));

        assertThat(results.get(0)).isInstanceOf(Delivered.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(PermanentFailure.class, f -> {
            assertThat(f.code()).isEqualTo("invalid-address");
            assertThat(f.refusal()).isEqualTo(Refusal.RECIPIENT);
        });
        assertThat(results.get(2)).isInstanceOf(PermanentFailure.class);
        assertThat(results.get(3)).isInstanceOf(Delivered.class);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aBatchSharesOneConnectionAndARefusedRecipientDoesNotBreakIt() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll()
                .rcpt(a -> a.startsWith("gone") ? "550 5.1.1 user unknown" : "250 2.1.5 ok"))) {
            List<DeliveryResult> results = SmtpTestSupport.channel(server.port())
                    .sendAll(List.of(
                            message("k:1", "ann@example.com"),
                            message("k:2", "gone@example.com"),
                            message("k:3", "cid@example.com")));

            assertThat(results.get(0)).isInstanceOf(Delivered.class);
            assertThat(results.get(1)).isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.code())
                    .isEqualTo("smtp-550-5.1.1"));
            assertThat(results.get(2)).isInstanceOf(Delivered.class);
            assertThat(server.accepted()).containsExactly("ann@example.com", "cid@example.com");
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void renewsTheConnectionAfterTheConfiguredNumberOfMessages() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll())) {
            SmtpChannel channel = new SmtpChannel(
                    "email",
                    SmtpTestSupport.settings(server.port())
                            .messagesPerConnection(2)
                            .build(),
                    SmtpTestSupport.CLOCK);

            List<DeliveryResult> results = channel.sendAll(IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> message("k:" + i, "c" + i + "@example.com"))
                    .toList());

            assertThat(results).allMatch(DeliveryResult::delivered);
            assertThat(server.connections()).isEqualTo(3);
        }
    }

    @Test
    void refusalsAfterTheDataAreReadByTheirStatus() throws Exception {
        try (ScriptedSmtpServer server =
                new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll().data(a -> switch (a) {
                    case "big@example.com" -> "552 5.3.4 Message size exceeds fixed limit";
                    case "unknown@example.com" -> "550 5.1.1 The email account does not exist";
                    case "full@example.com" -> "552 5.2.2 Mailbox full";
                    case "later@example.com" -> "451 4.7.1 Greylisted, try again";
                    default -> "250 ok";
                }))) {
            List<DeliveryResult> results = SmtpTestSupport.channel(server.port())
                    .sendAll(List.of(
                            message("k:1", "big@example.com"),
                            message("k:2", "unknown@example.com"),
                            message("k:3", "full@example.com"),
                            message("k:4", "later@example.com"),
                            message("k:5", "ann@example.com")));

            assertThat(results.get(0))
                    .isEqualTo(new PermanentFailure(
                            "552 5.3.4 Message size exceeds fixed limit", "smtp-552-5.3.4", Refusal.MESSAGE));
            assertThat(results.get(1)).isInstanceOfSatisfying(PermanentFailure.class, f -> assertThat(f.refusal())
                    .isEqualTo(Refusal.RECIPIENT));
            assertThat(results.get(2)).isInstanceOf(TemporaryFailure.class);
            assertThat(results.get(3)).isInstanceOf(TemporaryFailure.class);
            assertThat(results.get(4)).isInstanceOf(Delivered.class);
        }
    }

    @Test
    void refusalsOfOurOwnSetUpNeverBlameTheRecipient() throws Exception {
        try (ScriptedSmtpServer relayDenied = new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll()
                        .rcpt(a -> "554 5.7.1 <" + a + ">: Relay access denied"));
                ScriptedSmtpServer eximRelay = new ScriptedSmtpServer(
                        ScriptedSmtpServer.Script.acceptingAll().rcpt(a -> "550 relay not permitted"));
                ScriptedSmtpServer senderRefused = new ScriptedSmtpServer(
                        ScriptedSmtpServer.Script.acceptingAll().mail("553 5.7.1 Sender address rejected"))) {
            for (ScriptedSmtpServer server : List.of(relayDenied, eximRelay, senderRefused)) {
                assertThat(SmtpTestSupport.channel(server.port()).send(message("k:1", "ann@example.com")))
                        .as("port %d", server.port())
                        .isInstanceOf(TemporaryFailure.class);
            }
        }
    }

    @Test
    void refusedCredentialsFailEveryMessageOfTheBatchTemporarilyAtOnce() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(
                ScriptedSmtpServer.Script.acceptingAll().auth("535 5.7.8 Authentication credentials invalid"))) {
            SmtpChannel channel = new SmtpChannel(
                    "email",
                    SmtpTestSupport.settings(server.port())
                            .credentials("news", "wrong")
                            .build(),
                    SmtpTestSupport.CLOCK);

            List<DeliveryResult> results =
                    channel.sendAll(List.of(message("k:1", "ann@example.com"), message("k:2", "bob@example.com")));

            assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r)
                    .isInstanceOfSatisfying(
                            TemporaryFailure.class, f -> assertThat(f.reason()).contains("smtp.password")));
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aServerThatSaysNothingTimesOutAsATemporaryFailure() throws Exception {
        try (ScriptedSmtpServer server =
                new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll().silently())) {
            SmtpChannel channel = new SmtpChannel(
                    "email",
                    SmtpTestSupport.settings(server.port())
                            .readTimeout(Duration.ofMillis(300))
                            .build(),
                    SmtpTestSupport.CLOCK);

            long start = System.nanoTime();
            DeliveryResult result = channel.send(message("k:1", "ann@example.com"));

            assertThat(result).isInstanceOf(TemporaryFailure.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
