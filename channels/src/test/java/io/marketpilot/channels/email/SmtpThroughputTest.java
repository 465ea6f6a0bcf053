package io.marketpilot.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 2,000 messages to GreenMail in a batch that renews its connection every 100 messages, and 200 more over a connection
 * each; asserts only that every message arrived once, and prints the rates (measured once, on whatever machine runs the
 * build: a figure to compare the two ways, not a benchmark). One-by-one is measured on fewer messages because each of
 * GreenMail's connections takes about 45 ms to open, where a bare scripted server takes under 2 ms.
 */
class SmtpThroughputTest {
    private static final int MESSAGES = 2_000;
    private static final int ONE_BY_ONE = 200;

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(SmtpTestSupport.greenMailSetup());

    @Test
    void everyMessageArrivesOnceWhetherSentInABatchOrOneByOne() {
        SmtpChannel channel = SmtpTestSupport.channel(GREEN_MAIL.getSmtp().getPort());
        List<OutgoingMessage> single = messages("single", ONE_BY_ONE);
        List<OutgoingMessage> batched = messages("batch", MESSAGES);
        channel.sendAll(TestMessages.batch(50)); // warm up the JIT and GreenMail

        long start = System.nanoTime();
        List<DeliveryResult> one = single.stream().map(channel::send).toList();
        Duration oneByOne = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        List<DeliveryResult> all = channel.sendAll(batched);
        Duration batch = Duration.ofNanos(System.nanoTime() - start);

        assertThat(one).hasSize(ONE_BY_ONE).allMatch(DeliveryResult::delivered);
        assertThat(all).hasSize(MESSAGES).allMatch(DeliveryResult::delivered);
        assertThat(Arrays.stream(GREEN_MAIL.getReceivedMessages())
                        .map(m -> SmtpTestSupport.header(m, "X-MarketPilot-Message-Key"))
                        .filter(k -> !k.startsWith("spring:"))
                        .distinct()
                        .count())
                .isEqualTo((long) ONE_BY_ONE + MESSAGES);
        System.out.printf(
                Locale.ROOT,
                "SMTP to GreenMail: %d messages in a batch, 100 per connection, %.0f msg/s (%d ms);"
                        + " %d messages one connection each %.0f msg/s (%d ms)%n",
                MESSAGES,
                MESSAGES / (batch.toNanos() / 1e9),
                batch.toMillis(),
                ONE_BY_ONE,
                ONE_BY_ONE / (oneByOne.toNanos() / 1e9),
                oneByOne.toMillis());
    }

    private static List<OutgoingMessage> messages(String campaign, int count) {
        return TestMessages.batch(count).stream()
                .map(m -> TestMessages.message(m.key().replace("spring", campaign), m.recipient()))
                .toList();
    }
}
