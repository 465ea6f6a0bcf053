package io.marketpilot.app.llm;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LlmUsageLog;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Usage of the language model over the last {@code days}: one row per provider, model and feature, and the sums.
 * The same report feeds the API, the CLI and the dashboard.
 */
public record LlmUsageReport(int days, LocalDateTime since, List<LlmUsageLog.Totals> rows, Sum total) {

    /** The sums over all rows; {@code cost} covers the priced calls only. */
    public record Sum(
            long calls,
            long cacheHits,
            long failures,
            long inputTokens,
            long outputTokens,
            double cost,
            long pricedCalls) {}

    public static final int DEFAULT_DAYS = 30;

    public static LlmUsageReport of(LlmUsageLog log, Clock clock, int days) {
        if (days < 1 || days > 3660) {
            throw MarketPilotException.invalid("days must be between 1 and 3660");
        }
        LocalDateTime since = LocalDateTime.now(clock).minusDays(days);
        List<LlmUsageLog.Totals> rows = log.totals(since);
        Sum sum = new Sum(
                rows.stream().mapToLong(LlmUsageLog.Totals::calls).sum(),
                rows.stream().mapToLong(LlmUsageLog.Totals::cacheHits).sum(),
                rows.stream().mapToLong(LlmUsageLog.Totals::failures).sum(),
                rows.stream().mapToLong(LlmUsageLog.Totals::inputTokens).sum(),
                rows.stream().mapToLong(LlmUsageLog.Totals::outputTokens).sum(),
                rows.stream().mapToDouble(LlmUsageLog.Totals::cost).sum(),
                rows.stream().mapToLong(LlmUsageLog.Totals::pricedCalls).sum());
        return new LlmUsageReport(days, since, rows, sum);
    }
}
