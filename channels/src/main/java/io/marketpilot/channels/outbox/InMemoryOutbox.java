package io.marketpilot.channels.outbox;

import io.marketpilot.core.delivery.Outbox;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An {@link Outbox} held in memory, for tests and a CLI run without a store; safe for several threads. */
public final class InMemoryOutbox implements Outbox {
    private final List<OutboxEntry> entries = new ArrayList<>();
    private final Map<String, OutboxEntry> byKey = new HashMap<>();

    @Override
    public synchronized OutboxEntry save(OutgoingMessage message, Instant at) {
        OutboxEntry stored = byKey.get(message.key());
        if (stored != null) {
            return stored;
        }
        OutboxEntry entry = new OutboxEntry(entries.size() + 1L, message, at);
        entries.add(entry);
        byKey.put(message.key(), entry);
        return entry;
    }

    @Override
    public synchronized Page<OutboxEntry> page(PageRequest request) {
        Optional<String> query = Optional.ofNullable(request.query()).map(q -> q.toLowerCase(Locale.ROOT));
        List<OutboxEntry> matching = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            OutboxEntry entry = entries.get(i);
            if (query.isEmpty() || matches(entry.message(), query.get())) {
                matching.add(entry);
            }
        }
        int from = Math.min(request.offset(), matching.size());
        int to = Math.min(from + request.limit(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), request.offset(), request.limit());
    }

    @Override
    public synchronized Optional<OutboxEntry> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized long count() {
        return entries.size();
    }

    private static boolean matches(OutgoingMessage message, String query) {
        return contains(message.key(), query)
                || contains(message.recipient(), query)
                || message.subject().filter(s -> contains(s, query)).isPresent();
    }

    private static boolean contains(String text, String lowerQuery) {
        return text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }
}
