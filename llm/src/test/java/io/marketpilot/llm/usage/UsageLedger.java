package io.marketpilot.llm.usage;

import java.util.ArrayList;
import java.util.List;

/** Usage kept in memory, for tests (the app sums usage in the store, {@code LlmUsageLog}). */
public final class UsageLedger implements UsageSink {
    private final List<UsageRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(UsageRecord usage) {
        records.add(usage);
    }

    public synchronized List<UsageRecord> records() {
        return List.copyOf(records);
    }
}
