package io.marketpilot.channels;

import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.Unsubscribe;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The messages the channels' tests send: every part present, links signed per key. */
public final class TestMessages {
    private TestMessages() {}

    /** A campaign message with subject, both bodies, both unsubscribe links, a further header and metadata. */
    public static OutgoingMessage message(String key, String recipient) {
        return OutgoingMessage.builder(key, "test", recipient, "Hello Ann,\nour spring offers are here.\n")
                .subject("Spring offers for you, Ann")
                .html("<p>Hello Ann,</p><p>our <b>spring</b> offers are here.</p>")
                .unsubscribe(new Unsubscribe(
                        URI.create("https://shop.example/u/" + key.replace(':', '-') + "?sig=abc123"),
                        Optional.of(URI.create("mailto:unsubscribe@shop.example?subject=" + key.replace(':', '-')))))
                .header("Reply-To", "help@shop.example")
                .metadata(MessageMetadata.campaign("spring", "C-1").withContent("42", "B"))
                .build();
    }

    /** {@code size} messages with keys {@code spring:C-1…} to {@code customer1@example.com…}. */
    public static List<OutgoingMessage> batch(int size) {
        return IntStream.rangeClosed(1, size)
                .mapToObj(i -> message("spring:C-" + i, "customer" + i + "@example.com"))
                .toList();
    }
}
