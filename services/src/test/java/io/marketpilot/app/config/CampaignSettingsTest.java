package io.marketpilot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.channels.email.StartTls;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.QuietHours;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignSettingsTest {
    @Test
    void defaultsKeepEmailInTheOutboxWithTheDocumentedCapAndQuietHours() {
        CampaignSettings d = CampaignSettings.parse(Map.of());

        assertThat(d.smtp()).isEmpty();
        assertThat(d.deliversEmail()).isFalse();
        assertThat(d.webhook()).isEmpty();
        assertThat(d.publicUrl()).isEqualTo(URI.create("http://localhost:7070"));
        assertThat(d.frequencyCap().maxMessages()).isEqualTo(3);
        assertThat(d.frequencyCap().period()).isEqualTo(Duration.ofDays(7));
        assertThat(d.quietHours()).isEqualTo(QuietHours.DEFAULT);
        assertThat(d.consentPolicy()).isEqualTo(ConsentPolicy.EXPLICIT_ONLY);
        assertThat(d.secret()).isEmpty();
    }

    @Test
    void readsEveryKey() {
        CampaignSettings s = CampaignSettings.parse(Map.ofEntries(
                Map.entry("smtp.host", "127.0.0.1"),
                Map.entry("smtp.port", "2525"),
                Map.entry("smtp.starttls", "none"),
                Map.entry("smtp.username", "mailer"),
                Map.entry("smtp.password", "secret"),
                Map.entry("smtp.from", "news@shop.example"),
                Map.entry("smtp.from-name", "The Shop"),
                Map.entry("smtp.trusted-certificates", " /etc/marketpilot/relay-ca.pem "),
                Map.entry("webhook.url", "https://sms.example/hook"),
                Map.entry("webhook.secret", "0123456789abcdef0123"),
                Map.entry("campaigns.public-url", "https://mp.shop.example/"),
                Map.entry("campaigns.shop-url", "https://shop.example"),
                Map.entry("campaigns.frequency-cap", "1/12h"),
                Map.entry("campaigns.quiet-hours", "22:30-7:00"),
                Map.entry("campaigns.secret", "s".repeat(40)),
                Map.entry("campaigns.consent-policy", "legitimate-interest")));

        var smtp = s.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("127.0.0.1");
        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.startTls()).isEqualTo(StartTls.NONE);
        assertThat(smtp.credentials()).isPresent();
        assertThat(smtp.fromName()).contains("The Shop");
        assertThat(smtp.trustedCertificates()).contains(Path.of("/etc/marketpilot/relay-ca.pem"));
        assertThat(CampaignSettings.ENVIRONMENT)
                .containsEntry("smtp.trusted-certificates", "MARKETPILOT_SMTP_TRUSTED_CERTIFICATES");
        assertThat(s.webhook().orElseThrow().endpoint()).isEqualTo(URI.create("https://sms.example/hook"));
        assertThat(s.publicUrl()).isEqualTo(URI.create("https://mp.shop.example"));
        assertThat(s.shopUrl()).contains(URI.create("https://shop.example"));
        assertThat(s.frequencyCap().period()).isEqualTo(Duration.ofHours(12));
        assertThat(s.quietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 30), LocalTime.of(7, 0)));
        assertThat(s.consentPolicy()).isEqualTo(ConsentPolicy.LEGITIMATE_INTEREST);
        assertThat(s.toString()).doesNotContain("s".repeat(40)).doesNotContain("password=secret");
    }

    @Test
    void quietHoursMayBeSwitchedOff() {
        assertThat(CampaignSettings.quietHours("none")).isEqualTo(QuietHours.NONE);
    }

    @Test
    void refusesValuesNamingTheKey() {
        assertThatThrownBy(() -> CampaignSettings.parse(Map.of("campaigns.frequency-cap", "three a week")))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("campaigns.frequency-cap");
        assertThatThrownBy(() -> CampaignSettings.parse(Map.of("campaigns.quiet-hours", "late")))
                .hasMessageContaining("campaigns.quiet-hours");
        assertThatThrownBy(() -> CampaignSettings.parse(Map.of("smtp.host", "mail.example")))
                .hasMessageContaining("smtp.from");
        assertThatThrownBy(() -> CampaignSettings.parse(Map.of("campaigns.public-url", "mp.example")))
                .hasMessageContaining("campaigns.public-url");
        assertThatThrownBy(() -> CampaignSettings.parse(Map.of("webhook.url", "https://x.example")))
                .hasMessageContaining("webhook.secret");
    }
}
