package io.marketpilot.channels.outbox;

import io.marketpilot.channels.ChannelContract;
import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.Outbox;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The channel contract for the outbox: it never refuses; a store that fails stands for a receiver that is down. */
class OutboxChannelContractTest extends ChannelContract {
    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected Channel channel() {
        return new OutboxChannel(outbox);
    }

    @Override
    protected List<Received> received() {
        return outbox.page(PageRequest.first(PageRequest.MAX_LIMIT)).items().reversed().stream()
                .map(entry -> read(entry.message()))
                .toList();
    }

    private static Received read(OutgoingMessage m) {
        return new Received(
                m.recipient(),
                m.subject(),
                m.text(),
                m.html(),
                m.key(),
                m.unsubscribe().map(u -> u.web().toString()),
                m.unsubscribe().flatMap(u -> u.mail()).map(URI::toString),
                m.unsubscribe().map(u -> u.oneClick()).orElse(false));
    }

    @Override
    protected Channel unreachable() {
        return new OutboxChannel(new FailingOutbox(new IllegalStateException("the database is not reachable")));
    }

    @Override
    protected Channel hangingUp() {
        return new OutboxChannel(new FailingOutbox(
                new UncheckedIOException("connection reset", new java.io.IOException("connection reset"))));
    }

    @Override
    protected Optional<Channel> refusingRecipients() {
        return Optional.empty();
    }

    @Override
    protected Optional<Channel> busy() {
        return Optional.empty();
    }

    /** A store that fails every call. */
    private record FailingOutbox(RuntimeException failure) implements Outbox {
        @Override
        public OutboxEntry save(OutgoingMessage message, Instant at) {
            throw failure;
        }

        @Override
        public Page<OutboxEntry> page(PageRequest request) {
            throw failure;
        }

        @Override
        public Optional<OutboxEntry> find(String key) {
            throw failure;
        }

        @Override
        public long count() {
            throw failure;
        }
    }
}
