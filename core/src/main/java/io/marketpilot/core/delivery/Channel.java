package io.marketpilot.core.delivery;

import java.util.List;

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
     * Whether a {@link DeliveryResult.Delivered} means the recipient can receive the message. False for the outbox,
     * which only stores what would have been sent: screens and reports label such messages as not delivered.
     */
    default boolean reachesRecipients() {
        return true;
    }
}
