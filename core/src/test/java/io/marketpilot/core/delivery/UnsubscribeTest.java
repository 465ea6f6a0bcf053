package io.marketpilot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTest {

    @Test
    void oneClickOnlyOverHttpsAsRfc8058Requires() {
        assertThat(Unsubscribe.web(URI.create("https://shop.example/u/t")).oneClick())
                .isTrue();
        assertThat(Unsubscribe.web(URI.create("http://localhost:7070/u/t")).oneClick())
                .isFalse();
    }

    @Test
    void refusesLinksThatAreNotAbsoluteWebOrMailtoLinks() {
        assertThatThrownBy(() -> Unsubscribe.web(URI.create("/u/t"))).hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> Unsubscribe.web(URI.create("javascript:alert(1)")))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> new Unsubscribe(
                        URI.create("https://shop.example/u/t"), Optional.of(URI.create("https://x.example"))))
                .hasMessageContaining("mailto");
    }

    @Test
    void refusesLinksTooLongForAHeaderLine() {
        assertThatThrownBy(() -> Unsubscribe.web(URI.create("https://shop.example/u/" + "t".repeat(900))))
                .hasMessageContaining("at most 900");
    }
}
