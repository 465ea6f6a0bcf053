package io.marketpilot.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS really happens: implicit TLS (SMTPS) against GreenMail, STARTTLS against a scripted relay (GreenMail 2.1 offers
 * none), each with a certificate trusted through {@code smtp.trusted-certificates} and refused without it.
 */
class SmtpTlsTest {
    @RegisterExtension
    static final GreenMailExtension SMTPS = new GreenMailExtension(LoopbackTls.greenMailSmtps());

    @RegisterExtension
    static final GreenMailExtension PLAIN = new GreenMailExtension(SmtpTestSupport.greenMailSetup());

    @TempDir
    Path directory;

    private SmtpSettings.Builder smtps(String host) {
        return SmtpSettings.builder(host, SMTPS.getSmtps().getPort(), "news@shop.example")
                .implicitTls()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2));
    }

    private static DeliveryResult send(SmtpSettings settings) {
        return new SmtpChannel("email", settings, SmtpTestSupport.CLOCK)
                .send(TestMessages.message("spring:C-1", "ann@example.com"));
    }

    private static String reason(DeliveryResult result) {
        assertThat(result).isInstanceOf(TemporaryFailure.class);
        return ((TemporaryFailure) result).reason();
    }

    @Test
    void implicitTlsDeliversBothPartsToARelayWhoseCertificateIsTrusted() throws Exception {
        DeliveryResult result = send(smtps("127.0.0.1")
                .trustedCertificates(LoopbackTls.certificatePem(directory))
                .build());

        MimeMessage mime = SMTPS.getReceivedMessages()[0];
        assertThat(result).isEqualTo(new Delivered(mime.getMessageID()));
        assertThat(mime.getSubject()).isEqualTo("Spring offers for you, Ann");
        assertThat(SmtpTestSupport.header(mime, "X-MarketPilot-Message-Key")).isEqualTo("spring:C-1");
        assertThat(SmtpTestSupport.header(mime, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mime.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mime.getContent();
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(((String) text.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hello Ann,\nour spring offers are here.\n");
        assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(html.getContent()).isEqualTo("<p>Hello Ann,</p><p>our <b>spring</b> offers are here.</p>");
    }

    @Test
    void aBundleOfCertificatesTrustsEachOfThem() {
        DeliveryResult result = send(smtps("127.0.0.1")
                .trustedCertificates(LoopbackTls.bundlePem(directory))
                .build());

        assertThat(result).isInstanceOf(Delivered.class);
        assertThat(SMTPS.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theJvmTrustStoreRefusesASelfSignedRelayAsOurSetUpNotTheRecipient() {
        DeliveryResult result = send(smtps("127.0.0.1").build());

        assertThat(reason(result))
                .startsWith("TLS with the relay failed; nothing was sent")
                .contains("smtp.trusted-certificates")
                .contains("PKIX path building failed");
        assertThat(SMTPS.getReceivedMessages()).isEmpty();
    }

    @Test
    void aTrustedCertificateIsRefusedForAHostItDoesNotName() {
        // the certificate names 127.0.0.1 only; localhost reaches the same server under another name
        DeliveryResult result = send(smtps("localhost")
                .trustedCertificates(LoopbackTls.certificatePem(directory))
                .build());

        assertThat(reason(result))
                .startsWith("TLS with the relay failed; nothing was sent")
                .contains("No name matching localhost found");
        assertThat(SMTPS.getReceivedMessages()).isEmpty();
    }

    @Test
    void credentialsLogInOverImplicitTlsAndAWrongPasswordIsRefused() {
        SMTPS.setUser("news@shop.example", "news", "s3cret");
        Path pem = LoopbackTls.certificatePem(directory);

        DeliveryResult wrong = send(smtps("127.0.0.1")
                .trustedCertificates(pem)
                .credentials("news", "wrong")
                .build());
        DeliveryResult right = send(smtps("127.0.0.1")
                .trustedCertificates(pem)
                .credentials("news", "s3cret")
                .build());

        assertThat(reason(wrong)).contains("refused the credentials").contains("535");
        assertThat(right).isInstanceOf(Delivered.class);
        assertThat(SMTPS.getReceivedMessages()).hasSize(1);
    }

    @Test
    void requiredStartTlsNeverSendsInTheClearToARelayThatDoesNotOfferIt() {
        DeliveryResult result = send(SmtpTestSupport.settings(PLAIN.getSmtp().getPort())
                .startTls(StartTls.REQUIRED)
                .build());

        assertThat(reason(result))
                .startsWith("the relay does not offer STARTTLS and smtp.starttls is required, so nothing was sent");
        assertThat(PLAIN.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTlsUpgradesBeforeThePasswordAndTheMessage() throws Exception {
        for (StartTls mode : List.of(StartTls.REQUIRED, StartTls.OPTIONAL)) {
            try (ScriptedSmtpServer relay = new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll()
                    .offeringStartTls()
                    .auth("235 2.7.0 Authentication successful"))) {
                DeliveryResult result = send(SmtpTestSupport.settings(relay.port())
                        .startTls(mode)
                        .trustedCertificates(LoopbackTls.certificatePem(directory))
                        .credentials("news", "s3cret")
                        .build());

                assertThat(result).as("%s", mode).isInstanceOf(Delivered.class);
                assertThat(relay.accepted()).containsExactly("ann@example.com");
                assertThat(relay.heardInTheClear()).as("%s", mode).containsExactly("EHLO", "STARTTLS");
            }
        }
    }

    @Test
    void aFailedStartTlsHandshakeNeverFallsBackToTheClearEvenWhenOptional() throws Exception {
        for (StartTls mode : List.of(StartTls.REQUIRED, StartTls.OPTIONAL)) {
            try (ScriptedSmtpServer relay = new ScriptedSmtpServer(
                    ScriptedSmtpServer.Script.acceptingAll().offeringStartTls())) {
                DeliveryResult result = send(
                        SmtpTestSupport.settings(relay.port()).startTls(mode).build());

                assertThat(reason(result))
                        .as("%s", mode)
                        .startsWith("TLS with the relay failed; nothing was sent")
                        .contains("PKIX path building failed");
                assertThat(relay.accepted()).isEmpty();
                assertThat(relay.heardInTheClear()).as("%s", mode).containsExactly("EHLO", "STARTTLS");
            }
        }
    }
}
