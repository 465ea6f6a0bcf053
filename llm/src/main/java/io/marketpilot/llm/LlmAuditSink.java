package io.marketpilot.llm;

/** Where the gateway records each call it sends; the app writes them to the audit log. */
@FunctionalInterface
public interface LlmAuditSink {
    void record(LlmCall call);

    LlmAuditSink NONE = call -> {};
}
