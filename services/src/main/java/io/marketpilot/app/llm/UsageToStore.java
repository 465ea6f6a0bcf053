package io.marketpilot.app.llm;

import io.marketpilot.core.llm.LlmUsageLog;
import io.marketpilot.llm.usage.UsageRecord;
import io.marketpilot.llm.usage.UsageSink;
import java.time.Clock;
import java.time.LocalDateTime;

/** Keeps the gateway's usage records in the store, so figures add up across the server and the CLI. */
final class UsageToStore implements UsageSink {
    private final LlmUsageLog log;
    private final Clock clock;

    UsageToStore(LlmUsageLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void record(UsageRecord u) {
        log.record(new LlmUsageLog.Call(
                LocalDateTime.ofInstant(u.at(), clock.getZone()),
                u.provider(),
                u.model(),
                u.feature(),
                u.inputTokens(),
                u.outputTokens(),
                u.latencyMillis(),
                u.cost(),
                u.outcome(),
                u.attempts()));
    }
}
