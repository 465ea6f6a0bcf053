package io.marketpilot.campaigns.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LinkSignerTest {
    private static final byte[] SECRET = "a-link-secret-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2024-03-15T10:00:00Z");
    private static final LinkSigner SIGNER = new LinkSigner(SECRET);

    private static LinkToken unsubscribe() {
        return new LinkToken(LinkPurpose.UNSUBSCRIBE, "spring-sale", "C-1", NOW, Optional.empty());
    }

    private static ErrorCode codeOf(Throwable e) {
        return ((MarketPilotException) e).code();
    }

    @Test
    void aSignedTokenVerifiesToWhatItSaid() {
        var click = new LinkToken(
                LinkPurpose.CLICK, "spring-sale", "C-1", NOW, Optional.of("https://shop.example/p/42?utm=mail"));
        String token = SIGNER.sign(click);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(SIGNER.verify(token, LinkPurpose.CLICK, NOW)).isEqualTo(click);
        assertThat(SIGNER.verify(SIGNER.sign(unsubscribe()), LinkPurpose.UNSUBSCRIBE, NOW.plus(Duration.ofDays(3650))))
                .isEqualTo(unsubscribe());
    }

    @Test
    void aTokenOfOnePurposeIsRefusedForAnother() {
        String token = SIGNER.sign(unsubscribe());
        assertThatThrownBy(() -> SIGNER.verify(token, LinkPurpose.CONFIRM_OPT_IN, NOW))
                .hasMessage("This link is for unsubscribe, not confirm_opt_in")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        var other = new LinkSigner("another-secret-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SIGNER.verify(other.sign(unsubscribe()), LinkPurpose.UNSUBSCRIBE, NOW))
                .hasMessageContaining("signature does not match")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void aPayloadMovedToAnotherCustomerIsRefused() {
        String mine = SIGNER.sign(unsubscribe());
        String theirs =
                SIGNER.sign(new LinkToken(LinkPurpose.UNSUBSCRIBE, "spring-sale", "C-2", NOW, Optional.empty()));
        String forged = theirs.substring(0, theirs.indexOf('.')) + mine.substring(mine.indexOf('.'));
        assertThatThrownBy(() -> SIGNER.verify(forged, LinkPurpose.UNSUBSCRIBE, NOW))
                .hasMessageContaining("signature does not match");
    }

    @Property(tries = 300)
    void changingAnyOneCharacterOfATokenIsRefused(@ForAll @IntRange(min = 0, max = 10_000) int where) {
        String token = SIGNER.sign(
                new LinkToken(LinkPurpose.CLICK, "spring-sale", "C-1", NOW, Optional.of("https://shop.example/p/42")));
        int i = where % token.length();
        char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
        assertThatThrownBy(() -> SIGNER.verify(tampered, LinkPurpose.CLICK, NOW))
                .isInstanceOf(MarketPilotException.class)
                .satisfies(e -> assertThat(codeOf(e)).isIn(ErrorCode.FORBIDDEN, ErrorCode.INVALID_INPUT));
    }

    @Test
    void malformedTokensAreRefusedAsInvalidInput() {
        for (String token : new String[] {"", "abc", "a.b.c", "!!!.???", "x".repeat(5_000)}) {
            assertThatThrownBy(() -> SIGNER.verify(token, LinkPurpose.OPEN, NOW))
                    .hasMessageStartingWith("This is not a valid link token")
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.INVALID_INPUT));
        }
    }

    @Test
    void anOptInConfirmationExpiresAfterAWeek() {
        String token = SIGNER.sign(new LinkToken(LinkPurpose.CONFIRM_OPT_IN, "opt-in", "C-1", NOW, Optional.empty()));
        assertThat(SIGNER.verify(token, LinkPurpose.CONFIRM_OPT_IN, NOW.plus(Duration.ofDays(7)))
                        .customerId())
                .isEqualTo("C-1");
        assertThatThrownBy(() -> SIGNER.verify(token, LinkPurpose.CONFIRM_OPT_IN, NOW.plus(Duration.ofDays(8))))
                .hasMessageContaining("expired 7 days after");
    }

    @Test
    void onlyAClickCarriesATargetAndItIsAWebUrl() {
        assertThatThrownBy(() -> new LinkToken(LinkPurpose.CLICK, "c", "C-1", NOW, Optional.empty()))
                .hasMessageContaining("A click link carries its target URL");
        assertThatThrownBy(() -> new LinkToken(LinkPurpose.OPEN, "c", "C-1", NOW, Optional.of("https://x.example")))
                .hasMessageContaining("no other link does");
        assertThatThrownBy(() -> new LinkToken(LinkPurpose.CLICK, "c", "C-1", NOW, Optional.of("javascript:alert(1)")))
                .hasMessageContaining("http or https URL");
        assertThatThrownBy(() -> new LinkToken(LinkPurpose.UNSUBSCRIBE, "c", "C\n1", NOW, Optional.empty()))
                .hasMessageContaining("control character");
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new LinkSigner(new byte[31])).hasMessageContaining("at least 32 bytes");
    }
}
