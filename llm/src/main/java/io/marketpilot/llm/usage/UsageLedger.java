package io.marketpilot.llm.usage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Usage kept in memory and summed per provider, model and feature; for tests and runs without a store. */
public final class UsageLedger implements UsageSink {
    private final List<UsageRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(UsageRecord usage) {
        records.add(usage);
    }

    public synchronized List<UsageRecord> records() {
        return List.copyOf(records);
    }

    public synchronized List<UsageSummary> summary() {
        return summarise(records);
    }

    /** Sums records per provider, model and feature, most calls first. */
    public static List<UsageSummary> summarise(List<UsageRecord> records) {
        Map<List<String>, List<UsageRecord>> groups = new LinkedHashMap<>();
        for (UsageRecord r : records) {
            groups.computeIfAbsent(List.of(r.provider(), r.model(), r.feature()), k -> new ArrayList<>())
                    .add(r);
        }
        List<UsageSummary> out = new ArrayList<>();
        groups.forEach((key, rs) -> {
            long reached = rs.stream().filter(r -> r.attempts() > 0).count();
            out.add(new UsageSummary(
                    key.get(0),
                    key.get(1),
                    key.get(2),
                    rs.size(),
                    rs.stream().filter(UsageRecord::cacheHit).count(),
                    rs.stream().filter(UsageRecord::failure).count(),
                    rs.stream().mapToLong(UsageRecord::inputTokens).sum(),
                    rs.stream().mapToLong(UsageRecord::outputTokens).sum(),
                    reached == 0
                            ? 0
                            : rs.stream()
                                            .filter(r -> r.attempts() > 0)
                                            .mapToLong(UsageRecord::latencyMillis)
                                            .sum()
                                    / (double) reached,
                    rs.stream().mapToDouble(r -> r.cost().orElse(0.0)).sum(),
                    rs.stream().filter(r -> r.cost().isPresent()).count()));
        });
        out.sort(Comparator.comparingLong(UsageSummary::calls).reversed());
        return out;
    }
}
