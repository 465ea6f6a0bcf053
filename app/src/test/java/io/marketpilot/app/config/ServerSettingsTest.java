package io.marketpilot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.app.cli.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void byDefaultTheCookieIsNotSecureAndNoProxyIsTrusted() {
        ServerSettings s =
                new ConfigLoader(Map.of()).load(Optional.empty(), Map.of()).server();

        assertThat(s.secureCookie()).isFalse();
        assertThat(s.trustedProxies()).isEmpty();
    }

    @Test
    void yamlListsProxiesAndTheEnvironmentWins() throws Exception {
        Path yaml = dir.resolve("marketpilot.yaml");
        Files.writeString(yaml, """
                server:
                  secure-cookie: false
                  trusted-proxies: [10.0.0.1, 10.0.0.2]
                """);

        ServerSettings fromFile =
                new ConfigLoader(Map.of()).load(Optional.of(yaml), Map.of()).server();
        ServerSettings fromEnv = new ConfigLoader(Map.of(
                        "MARKETPILOT_SECURE_COOKIE", "true", "MARKETPILOT_TRUSTED_PROXIES", "192.0.2.1, 192.0.2.2"))
                .load(Optional.of(yaml), Map.of())
                .server();

        assertThat(fromFile.secureCookie()).isFalse();
        assertThat(fromFile.trustedProxies()).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(fromEnv.secureCookie()).isTrue();
        assertThat(fromEnv.trustedProxies()).containsExactly("192.0.2.1", "192.0.2.2");
    }

    @Test
    void theSupportChatsOlderProxyVariableIsStillRead() {
        ServerSettings s = new ConfigLoader(Map.of("MARKETPILOT_SUPPORT_TRUSTED_PROXIES", "10.0.0.9"))
                .load(Optional.empty(), Map.of())
                .server();

        assertThat(s.trustedProxies()).containsExactly("10.0.0.9");
    }

    @Test
    void anUnreadableFlagIsRefusedWithItsKey() {
        assertThatThrownBy(() ->
                        new ConfigLoader(Map.of("MARKETPILOT_SECURE_COOKIE", "maybe")).load(Optional.empty(), Map.of()))
                .hasMessageContaining("server.secure-cookie")
                .hasMessageContaining("maybe");
    }
}
