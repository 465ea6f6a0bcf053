package io.marketpilot.channels.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxChannelTest {
    private static final Instant NOW = Instant.parse("2025-03-06T09:30:00Z");

    @Test
    void storesEachKeyOnceSoARetryAfterACrashAddsNothing() {
        InMemoryOutbox outbox = new InMemoryOutbox();
        OutboxChannel channel = new OutboxChannel("outbox", outbox, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(channel.send(TestMessages.message("spring:C-1", "ann@example.com")))
                .isEqualTo(new Delivered("outbox-1"));
        assertThat(channel.send(TestMessages.message("spring:C-2", "bob@example.com")))
                .isEqualTo(new Delivered("outbox-2"));
        assertThat(channel.send(TestMessages.message("spring:C-1", "ann@example.com")))
                .isEqualTo(new Delivered("outbox-1"));

        assertThat(outbox.count()).isEqualTo(2);
        assertThat(outbox.find("spring:C-1"))
                .contains(new OutboxEntry(1, TestMessages.message("spring:C-1", "ann@example.com"), NOW));
    }

    @Test
    void saysThatNobodyReceivesWhatItStores() {
        assertThat(new OutboxChannel(new InMemoryOutbox()).reachesRecipients()).isFalse();
        assertThat(new OutboxChannel(new InMemoryOutbox()).name()).isEqualTo("outbox");
    }
}
