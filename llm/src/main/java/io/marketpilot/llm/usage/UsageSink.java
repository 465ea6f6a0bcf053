package io.marketpilot.llm.usage;

/** Where the gateway reports each call; the app keeps them in the store, tests in memory. */
@FunctionalInterface
public interface UsageSink {
    void record(UsageRecord usage);
}
