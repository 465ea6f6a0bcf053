package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Event;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which channel each customer engages through, from their events: e-mail opens and clicks count for {@code email},
 * SMS events for {@code sms}, and page views for the channel that brought them ({@code source} property: search,
 * social, email, direct…). Counts are shrunk towards everyone's mix with a prior worth {@value #PRIOR_EVENTS} events,
 * so one stray click does not decide a customer's channel.
 */
public final class ChannelPreferences {
    static final double PRIOR_EVENTS = 5;

    /** A customer's preferred channel, its posterior share and the events it rests on. */
    public record Preference(String customerId, String channel, double share, int events) {}

    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, Double> global;

    private ChannelPreferences(Map<String, Map<String, Integer>> counts, Map<String, Double> global) {
        this.counts = counts;
        this.global = global;
    }

    public static ChannelPreferences of(List<Event> events) {
        Counter counter = new Counter();
        events.forEach(counter::add);
        return counter.preferences();
    }

    /** Counts events one at a time, so a million of them can stream past without being held. */
    public static final class Counter {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final Map<String, Integer> totals = new TreeMap<>();
        private int all;

        public void add(Event e) {
            Optional<String> channel = channel(e);
            if (e.customerId() == null || channel.isEmpty()) {
                return;
            }
            counts.computeIfAbsent(e.customerId(), c -> new TreeMap<>()).merge(channel.get(), 1, Integer::sum);
            totals.merge(channel.get(), 1, Integer::sum);
            all++;
        }

        public ChannelPreferences preferences() {
            Map<String, Double> global = new LinkedHashMap<>();
            for (var t : totals.entrySet()) {
                global.put(t.getKey(), (double) t.getValue() / all);
            }
            return new ChannelPreferences(counts, global);
        }
    }

    static Optional<String> channel(Event e) {
        String type = e.type().toLowerCase(Locale.ROOT);
        if (type.startsWith("email")) {
            return Optional.of("email");
        }
        if (type.startsWith("sms")) {
            return Optional.of("sms");
        }
        String source = e.properties().get("source");
        if (source == null) {
            source = e.properties().get("channel");
        }
        return source == null || source.isBlank() ? Optional.empty() : Optional.of(source.toLowerCase(Locale.ROOT));
    }

    /** The customer's channel with the highest posterior share; empty without any engagement event. */
    public Optional<Preference> of(String customerId) {
        Map<String, Integer> mine = counts.get(customerId);
        if (mine == null) {
            return Optional.empty();
        }
        int n = mine.values().stream().mapToInt(Integer::intValue).sum();
        // max keeps the first of equal shares, in the channels' order
        return global.entrySet().stream()
                .map(g -> new Preference(
                        customerId,
                        g.getKey(),
                        (mine.getOrDefault(g.getKey(), 0) + PRIOR_EVENTS * g.getValue()) / (n + PRIOR_EVENTS),
                        n))
                .max(Comparator.comparingDouble(Preference::share));
    }

    /** Everyone's channel mix, the prior the customers are shrunk towards. */
    public Map<String, Double> global() {
        return global;
    }
}
