package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressHasherTest {
    private static final byte[] SECRET = "installation-secret-0123456789".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAnHmacSha256ComputedIndependently() {
        // python3 -c "import hmac,hashlib; print(hmac.new(b'installation-secret-0123456789',
        //   b'ann@example.com', hashlib.sha256).hexdigest())"
        assertThat(new AddressHasher(SECRET)
                        .hash(ChannelKind.EMAIL, "ann@example.com")
                        .hex())
                .isEqualTo("18ed16c5193b08c3d4973574da605b194bb67cc0819ba46618c20e7dd3d6aa5d");
    }

    @Test
    void oneEmailAddressHashesAlikeWhateverItsCaseAndSurroundingBlanks() {
        var hasher = new AddressHasher(SECRET);
        assertThat(hasher.hash(ChannelKind.EMAIL, "  Ann@Example.COM\t"))
                .isEqualTo(hasher.hash(ChannelKind.EMAIL, "ann@example.com"));
    }

    @Test
    void aPhoneNumberIsItsDigitsWithTheLeadingPlusKept() {
        assertThat(AddressHasher.normalise(ChannelKind.SMS, " +44 (0)20 7946-0958 "))
                .isEqualTo("+4402079460958");
        var hasher = new AddressHasher(SECRET);
        assertThat(hasher.hash(ChannelKind.SMS, "+44 20 7946 0958"))
                .isEqualTo(hasher.hash(ChannelKind.SMS, "+44-20-7946-0958"));
    }

    @Test
    void anotherInstallationsSecretGivesAnotherHash() {
        byte[] other = "another-installation-secret-xyz".getBytes(StandardCharsets.UTF_8);
        assertThat(new AddressHasher(other).hash(ChannelKind.EMAIL, "ann@example.com"))
                .isNotEqualTo(new AddressHasher(SECRET).hash(ChannelKind.EMAIL, "ann@example.com"));
    }

    @Test
    void refusesAShortSecretAndAnEmptyAddress() {
        assertThatThrownBy(() -> new AddressHasher(new byte[15])).hasMessageContaining("at least 16 bytes");
        assertThatThrownBy(() -> new AddressHasher(SECRET).hash(ChannelKind.SMS, " + "))
                .hasMessageContaining("empty sms address");
    }

    @Test
    void aHashIsSixtyFourLowerCaseHexDigits() {
        assertThatThrownBy(() -> new AddressHash("ABC")).hasMessageContaining("64 lower-case hex digits");
        assertThat(AddressHash.parse(" " + "a".repeat(64) + " ").hex()).isEqualTo("a".repeat(64));
    }

    @Test
    void aSuppressionNeedsItsAddressReasonAndTime() {
        var hash = new AddressHasher(SECRET).hash(ChannelKind.EMAIL, "ann@example.com");
        var at = Instant.parse("2024-03-01T10:00:00Z");
        assertThat(new Suppression(hash, ChannelKind.EMAIL, SuppressionReason.HARD_BOUNCE, at, "").note())
                .isEmpty();
        assertThatThrownBy(() -> new Suppression(hash, ChannelKind.EMAIL, null, at, ""))
                .hasMessageContaining("suppression reason is required");
        assertThatThrownBy(
                        () -> new Suppression(hash, ChannelKind.EMAIL, SuppressionReason.MANUAL, at, "n".repeat(2001)))
                .hasMessageContaining("note is longer than 2000");
    }
}
