package io.marketpilot.profiling.features;

import io.marketpilot.core.domain.Event;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per customer and event type in a window. Only the {@code maxTypes} most frequent types get a column so
 * that a noisy tracker cannot widen the matrix without bound; events without a customer, type or time cannot be
 * attributed and are skipped.
 */
final class EventCounts {
    final List<String> types;
    /** customers × types, row-major. */
    final int[] counts;

    private EventCounts(List<String> types, int[] counts) {
        this.types = types;
        this.counts = counts;
    }

    static EventCounts count(
            List<Event> events,
            Map<String, Integer> customerIndex,
            LocalDateTime from,
            LocalDateTime until,
            int maxTypes) {
        Map<String, Integer> totals = new HashMap<>();
        for (Event event : events) {
            if (counts(event, customerIndex, from, until)) {
                totals.merge(event.type(), 1, Integer::sum);
            }
        }
        List<String> types = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(maxTypes)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            column.put(types.get(i), i);
        }
        int width = types.size();
        int[] counts = new int[customerIndex.size() * width];
        for (Event event : events) {
            if (counts(event, customerIndex, from, until)) {
                Integer row = customerIndex.get(event.customerId());
                Integer c = column.get(event.type());
                if (row != null && c != null) {
                    counts[row * width + c]++;
                }
            }
        }
        return new EventCounts(types, counts);
    }

    private static boolean counts(
            Event event, Map<String, Integer> customerIndex, LocalDateTime from, LocalDateTime until) {
        return event.type() != null
                && !event.type().isBlank()
                && event.customerId() != null
                && event.occurredAt() != null
                && !event.occurredAt().isBefore(from)
                && event.occurredAt().isBefore(until)
                && customerIndex.containsKey(event.customerId());
    }
}
