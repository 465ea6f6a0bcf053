package io.marketpilot.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_test_secret_123";
    private static final Instant AT = Instant.ofEpochSecond(1_741_255_200L);
    private static final String BODY = "{\"key\":\"spring:C-1\",\"text\":\"Grüße\"}";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private static boolean verify(String header, String body, Instant now) {
        return WebhookSignature.verify(SECRET, header, body.getBytes(StandardCharsets.UTF_8), FIVE_MINUTES, now);
    }

    @Test
    void signsTheTimeAndTheBodyAsPythonsHmacDoes() {
        // python3: hmac.new(b'whsec_test_secret_123', b'1741255200.' + BODY.encode('utf-8'),
        // hashlib.sha256).hexdigest()
        assertThat(WebhookSignature.sign(SECRET, AT, BODY))
                .isEqualTo("t=1741255200,v1=a3f36f02c31e04b83c6f489392d10e6b398f7a8c5af71ad1909c076c55ddc997");
    }

    @Test
    void aReceiverAcceptsTheSignatureWithinTheTolerance() {
        String header = WebhookSignature.sign(SECRET, AT, BODY);

        assertThat(verify(header, BODY, AT)).isTrue();
        assertThat(verify(header, BODY, AT.plusSeconds(300))).isTrue();
        assertThat(verify(
                        header.toUpperCase(java.util.Locale.ROOT)
                                .replace("T=", "t=")
                                .replace("V1=", "v1="),
                        BODY,
                        AT))
                .isTrue();
    }

    @Test
    void refusesAChangedBodyAnotherSecretAndAReplayOutsideTheTolerance() {
        String header = WebhookSignature.sign(SECRET, AT, BODY);

        assertThat(verify(header, BODY.replace("C-1", "C-2"), AT)).isFalse();
        assertThat(WebhookSignature.verify(
                        "another_secret_456", header, BODY.getBytes(StandardCharsets.UTF_8), FIVE_MINUTES, AT))
                .isFalse();
        assertThat(verify(header, BODY, AT.plusSeconds(301))).isFalse();
        assertThat(verify(header, BODY, AT.minusSeconds(301))).isFalse();
    }

    @Test
    void refusesMalformedHeaders() {
        String v1 = WebhookSignature.sign(SECRET, AT, BODY).substring("t=1741255200,".length());

        assertThat(verify(v1, BODY, AT)).as("no time").isFalse();
        assertThat(verify("t=1741255200", BODY, AT)).as("no signature").isFalse();
        assertThat(verify("t=1741255200,t=1741255200," + v1, BODY, AT))
                .as("two times")
                .isFalse();
        assertThat(verify("t=-5," + v1, BODY, AT)).as("negative time").isFalse();
        assertThat(verify("t=1741255200,v1=xyz", BODY, AT)).as("not hex").isFalse();
        assertThat(verify("garbage", BODY, AT)).isFalse();
        assertThat(verify("", BODY, AT)).isFalse();
    }

    @Test
    void acceptsAnyOfSeveralSignaturesSoASecretCanBeRotated() {
        String header = WebhookSignature.sign(SECRET, AT, BODY);
        String old = WebhookSignature.sign("the_previous_secret_789", AT, BODY).substring("t=1741255200,".length());

        assertThat(verify(header + "," + old, BODY, AT)).isTrue();
        assertThat(verify(
                        "t=1741255200," + old + ",v2=ignored," + header.substring("t=1741255200,".length()), BODY, AT))
                .isTrue();
    }
}
