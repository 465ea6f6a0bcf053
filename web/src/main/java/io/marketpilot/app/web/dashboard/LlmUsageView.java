package io.marketpilot.app.web.dashboard;

import io.marketpilot.app.llm.LlmUsageReport;
import io.marketpilot.llm.LlmStatus;

/** The view model of the "LLM usage" page: the model's status and its usage over the chosen period. */
public record LlmUsageView(Frame frame, LlmStatus status, LlmUsageReport usage) {
    /** A cost for the table: the sum of the priced calls, or a dash when none had a price. */
    public static String cost(double cost, long pricedCalls) {
        return pricedCalls == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.6f", cost);
    }
}
