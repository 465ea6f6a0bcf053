package io.marketpilot.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies none = new TrustedProxies(List.of());
    private final TrustedProxies two = new TrustedProxies(List.of("10.0.0.1", "10.0.0.2"));

    @Test
    void withoutTrustedProxiesTheForwardedHeadersAreIgnored() {
        assertThat(none.clientAddress("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(none.overHttps("203.0.113.9", "http", "https")).isFalse();
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedForwardedAddressCounts() {
        // a client-sent (spoofable) first entry is passed over: the proxies vouch only for what they appended
        assertThat(two.clientAddress("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2"))
                .isEqualTo("198.51.100.7");
        assertThat(two.clientAddress("10.0.0.1", null)).isEqualTo("10.0.0.1");
        assertThat(two.clientAddress("10.0.0.1", " , 10.0.0.2")).isEqualTo("10.0.0.1");
        assertThat(two.clientAddress("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void onlyATrustedProxyCanSayTheBrowserUsedHttps() {
        assertThat(two.overHttps("10.0.0.1", "http", "https")).isTrue();
        assertThat(two.overHttps("10.0.0.1", "http", "HTTPS, http")).isTrue();
        assertThat(two.overHttps("10.0.0.1", "http", "http")).isFalse();
        assertThat(two.overHttps("10.0.0.1", "http", null)).isFalse();
        assertThat(two.overHttps("203.0.113.9", "http", "https")).isFalse();
        assertThat(none.overHttps("203.0.113.9", "https", null))
                .as("TLS on the server itself")
                .isTrue();
    }
}
