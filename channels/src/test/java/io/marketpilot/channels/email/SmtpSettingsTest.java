package io.marketpilot.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void defaultsToStartTlsWhenOfferedTheJvmTrustStoreAndTheFromDomainForMessageIds() {
        SmtpSettings s = SmtpSettings.builder("smtp.shop.example", 587, "news@shop.example")
                .build();

        assertThat(s.startTls()).isEqualTo(StartTls.OPTIONAL);
        assertThat(s.messageIdDomain()).isEqualTo("shop.example");
        assertThat(s.messagesPerConnection()).isEqualTo(100);
        assertThat(s.trustedCertificates()).as("the JVM's trust store").isEmpty();
    }

    @Test
    void credentialsTravelOnlyOverTlsUnlessTheRelayIsOnThisMachine() {
        assertThatThrownBy(() -> SmtpSettings.builder("smtp.shop.example", 587, "news@shop.example")
                        .credentials("news", "secret")
                        .build())
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("only over TLS");

        assertThat(SmtpSettings.builder("smtp.shop.example", 587, "news@shop.example")
                        .credentials("news", "secret")
                        .startTls(StartTls.REQUIRED)
                        .build()
                        .credentials())
                .isPresent();
        assertThat(SmtpSettings.builder("smtp.shop.example", 465, "news@shop.example")
                        .credentials("news", "secret")
                        .implicitTls()
                        .build()
                        .implicitTls())
                .isTrue();
        assertThat(SmtpSettings.builder("localhost", 25, "news@shop.example")
                        .credentials("news", "secret")
                        .startTls(StartTls.NONE)
                        .build()
                        .credentials())
                .isPresent();
    }

    @Test
    void neverPrintsThePassword() {
        SmtpSettings s = SmtpSettings.builder("localhost", 25, "news@shop.example")
                .credentials("news", "hunter2-secret")
                .build();

        assertThat(s.toString()).contains("news").doesNotContain("hunter2");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(
                        () -> SmtpSettings.builder(" ", 25, "news@shop.example").build())
                .hasMessageContaining("smtp.host");
        assertThatThrownBy(
                        () -> SmtpSettings.builder("h", 0, "news@shop.example").build())
                .hasMessageContaining("smtp.port");
        assertThatThrownBy(() -> SmtpSettings.builder("h", 25, "Shop <news@shop.example>")
                        .build())
                .hasMessageContaining("smtp.from");
        assertThatThrownBy(() -> SmtpSettings.builder("h", 25, "news").build()).hasMessageContaining("smtp.from");
        assertThatThrownBy(() -> SmtpSettings.builder("h", 465, "news@shop.example")
                        .implicitTls()
                        .startTls(StartTls.REQUIRED)
                        .build())
                .hasMessageContaining("smtp.starttls must be none");
        assertThatThrownBy(() -> SmtpSettings.builder("h", 25, "news@shop.example")
                        .messageIdDomain("shop example")
                        .build())
                .hasMessageContaining("smtp.message-id-domain");
    }
}
