package io.marketpilot.app.campaign;

import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A channel that answers as the test scripts it, per recipient (delivered unless told otherwise), and keeps every
 * message it was handed.
 */
final class ScriptedChannel implements Channel {
    private final Map<String, Deque<DeliveryResult>> script = new ConcurrentHashMap<>();
    private final List<OutgoingMessage> handed = new ArrayList<>();

    /** The next answers for messages to {@code recipient}, in order; after them, delivered. */
    ScriptedChannel answer(String recipient, DeliveryResult... results) {
        script.computeIfAbsent(recipient, r -> new ArrayDeque<>()).addAll(List.of(results));
        return this;
    }

    synchronized List<OutgoingMessage> handed() {
        return List.copyOf(handed);
    }

    /** How many times a message with this key was handed over. */
    synchronized long times(String key) {
        return handed.stream().filter(m -> m.key().equals(key)).count();
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public synchronized DeliveryResult send(OutgoingMessage message) {
        handed.add(message);
        Deque<DeliveryResult> next = script.get(message.recipient());
        DeliveryResult scripted = next == null ? null : next.poll();
        return scripted != null ? scripted : new DeliveryResult.Delivered("<" + message.key() + "@scripted>");
    }
}
