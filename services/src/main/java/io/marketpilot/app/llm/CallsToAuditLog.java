package io.marketpilot.app.llm;

import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.llm.LlmAuditSink;
import io.marketpilot.llm.LlmCall;

/**
 * Writes one audit entry per call sent to a provider: action {@code llm.call}, target {@code provider/model}, and
 * details with the feature, the outcome and the prompt in redacted form.
 */
final class CallsToAuditLog implements LlmAuditSink {
    static final String ACTION = "llm.call";

    private final AuditLog audit;

    CallsToAuditLog(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void record(LlmCall call) {
        String details = "feature=" + call.feature()
                + " outcome=" + call.outcome()
                + " attempts=" + call.attempts()
                + " sent=" + (call.sentRedacted() ? "redacted" : "clear")
                + " redactions=" + call.redactions()
                + "\n" + call.prompt();
        audit.record(call.actor(), ACTION, call.provider() + "/" + call.model(), details);
    }
}
