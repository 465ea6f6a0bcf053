package io.marketpilot.channels.outbox;

import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import io.marketpilot.core.delivery.Outbox;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.time.Clock;
import java.util.Objects;

/**
 * Not delivered: stored in the outbox. The channel for the demo and for trying a campaign without a mail server; every
 * message is "delivered" into the {@link Outbox} (once per key) with the provider id {@code outbox-<entry id>}, and
 * {@link #reachesRecipients()} is false so that screens and reports say nobody received it. A store that fails is a
 * temporary failure, like a relay that is down.
 */
public final class OutboxChannel implements Channel {
    /** The prefix of the provider ids this channel answers with. */
    public static final String ID_PREFIX = "outbox-";

    private final String name;
    private final Outbox outbox;
    private final Clock clock;

    public OutboxChannel(String name, Outbox outbox, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The {@code outbox} channel on the system clock. */
    public OutboxChannel(Outbox outbox) {
        this("outbox", outbox, Clock.systemUTC());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        try {
            OutboxEntry entry = outbox.save(message, clock.instant());
            return new Delivered(ID_PREFIX + entry.id());
        } catch (RuntimeException e) {
            // the store's failure (a lost database connection) must not stop a campaign: the message waits for a retry
            return TemporaryFailure.because("the outbox could not store the message: " + e.getMessage());
        }
    }

    @Override
    public boolean reachesRecipients() {
        return false;
    }
}
