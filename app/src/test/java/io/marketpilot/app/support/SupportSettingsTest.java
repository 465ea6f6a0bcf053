package io.marketpilot.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportSettingsTest {
    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        SupportSettings s = SupportSettings.from(Map.of());

        assertThat(s.clientAddress("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedForwardedAddressCounts() {
        SupportSettings s = SupportSettings.from(Map.of(SupportSettings.PROXIES_ENV, "10.0.0.1, 10.0.0.2"));

        // a client-sent (spoofable) first entry is passed over: the proxies vouch only for what they appended
        assertThat(s.clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2"))
                .isEqualTo("198.51.100.7");
        assertThat(s.clientAddress("10.0.0.1", null)).isEqualTo("10.0.0.1");
        assertThat(s.clientAddress("10.0.0.1", " , 10.0.0.2")).isEqualTo("10.0.0.1");
        assertThat(s.clientAddress("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }
}
