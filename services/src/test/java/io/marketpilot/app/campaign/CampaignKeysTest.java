package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignKeysTest {
    static final String SECRET = "a shared secret of more than thirty-two characters";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void serversConfiguredWithOneSecretSignAndHashAlike(@TempDir Path a, @TempDir Path b) {
        CampaignKeys first = CampaignKeys.load(Optional.of(SECRET), a);
        CampaignKeys second = CampaignKeys.load(Optional.of(SECRET), b);

        String token = first.links().sign(new LinkToken(LinkPurpose.UNSUBSCRIBE, "c", "C1", NOW, Optional.empty()));
        assertThat(second.links().verify(token, LinkPurpose.UNSUBSCRIBE, NOW).customerId())
                .isEqualTo("C1");
        assertThat(second.addresses().hash(ChannelKind.EMAIL, "Ann@Example.com"))
                .isEqualTo(first.addresses().hash(ChannelKind.EMAIL, "ann@example.com"));
        assertThat(Files.exists(a.resolve(CampaignKeys.FILE_NAME))).isFalse();
    }

    @Test
    void withoutASecretOneIsGeneratedOnceIntoAnOwnerOnlyFileAndReused(@TempDir Path dir) throws Exception {
        CampaignKeys first = CampaignKeys.load(Optional.empty(), dir);
        Path file = dir.resolve(CampaignKeys.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        CampaignKeys again = CampaignKeys.load(Optional.empty(), dir);
        assertThat(again.addresses().hash(ChannelKind.EMAIL, "x@example.com"))
                .isEqualTo(first.addresses().hash(ChannelKind.EMAIL, "x@example.com"));
        assertThat(CampaignKeys.load(Optional.of(SECRET), dir).addresses().hash(ChannelKind.EMAIL, "x@example.com"))
                .isNotEqualTo(first.addresses().hash(ChannelKind.EMAIL, "x@example.com"));
    }

    @Test
    void theLinkKeyAndTheAddressKeyAreNotTheSecretItself() {
        CampaignKeys keys = CampaignKeys.of(SECRET);
        var plain = new io.marketpilot.core.campaign.AddressHasher(
                SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(keys.addresses().hash(ChannelKind.EMAIL, "x@example.com"))
                .isNotEqualTo(plain.hash(ChannelKind.EMAIL, "x@example.com"));
    }

    @Test
    void refusesAShortConfiguredSecret(@TempDir Path dir) {
        assertThatThrownBy(() -> CampaignKeys.load(Optional.of("too short"), dir))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("campaigns.secret");
    }
}
