package io.marketpilot.channels.email;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file named by {@code smtp.trusted-certificates} that cannot serve fails when the channel is built, naming the key. */
class TrustedCertificatesTest {
    @TempDir
    Path directory;

    @Test
    void aMissingFileIsRefusedNamingTheKey() {
        Path missing = directory.resolve("missing.pem");

        assertThatThrownBy(() -> TrustedCertificates.socketFactory(missing))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageStartingWith("smtp.trusted-certificates: cannot read")
                .hasMessageContaining("missing.pem");
    }

    @Test
    void aFileWithoutCertificatesIsRefusedNamingTheKey() throws Exception {
        Path empty = Files.writeString(directory.resolve("empty.pem"), "");
        Path key = Files.writeString(
                directory.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> TrustedCertificates.socketFactory(empty))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("smtp.trusted-certificates");
        assertThatThrownBy(() -> TrustedCertificates.socketFactory(key))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("smtp.trusted-certificates");
    }

    @Test
    void theChannelReadsTheFileWhenItIsBuiltNotAtTheFirstSend() {
        SmtpSettings settings = SmtpTestSupport.settings(2525)
                .trustedCertificates(directory.resolve("missing.pem"))
                .build();

        assertThatThrownBy(() -> new SmtpChannel(settings)).hasMessageContaining("smtp.trusted-certificates");
    }
}
