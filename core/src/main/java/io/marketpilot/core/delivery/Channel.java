package io.marketpilot.core.delivery;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A way out to recipients: SMTP, a signed webhook (SMS and other providers), the demo's outbox. The caller decides what
 * to do with each result (retry, suppress, record) without knowing the transport.
 *
 * <p>{@link #send} never throws for a delivery error: a refused recipient, a server that is down or slow, a broken
 * connection all come back as a {@link DeliveryResult}, so that one bad message cannot stop a campaign. Implementations
 * are safe to use from several threads.
 */
public interface Channel {

    /** The name messages address it by ({@link OutgoingMessage#channel()}), e.g. {@code email}, {@code outbox}. */
    String name();

    /** Hands one message to the receiver and says what came of it. */
    DeliveryResult send(OutgoingMessage message);

    /**
     * Sends several messages, one result per message in the same order. A channel that can share one connection
     * across them (SMTP) does so; a failure of one message does not stop the rest.
     */
    default List<DeliveryResult> sendAll(List<OutgoingMessage> messages) {
        return messages.stream().map(this::send).toList();
    }

    /**
     * Sends several messages as {@link #sendAll} does, handing each result to {@code afterEach} as soon as the receiver
     * answered for that message and before the next one goes: a caller that records each result there keeps the time
     * between the receiver taking a message and the caller's record of it to one message, not a batch. An exception
     * from {@code afterEach} stops the batch there (the messages after it are not sent).
     */
    default void sendEach(List<OutgoingMessage> messages, BiConsumer<OutgoingMessage, DeliveryResult> afterEach) {
        for (OutgoingMessage message : messages) {
            afterEach.accept(message, send(message));
        }
    }

    /**
     * Whether a {@link DeliveryResult.Delivered} means the recipient can receive the message. False for the outbox,
     * which only stores what would have been sent: screens and reports label such messages as not delivered.
     */
    default boolean reachesRecipients() {
        return true;
    }
}
