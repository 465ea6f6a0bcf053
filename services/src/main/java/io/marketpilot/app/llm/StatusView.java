package io.marketpilot.app.llm;

import io.marketpilot.llm.LlmStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** The language model's status as the API, CLI and dashboard show it (the retry time only while open). */
public final class StatusView {
    private StatusView() {}

    public static Map<String, Object> of(LlmStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider", s.provider());
        m.put("model", s.model());
        m.put("baseUrl", s.baseUrl());
        m.put("offline", s.offline());
        m.put("circuit", s.circuit());
        s.retryAt().ifPresent(t -> m.put("retryAt", t));
        m.put("consecutiveFailures", s.consecutiveFailures());
        m.put("redaction", s.redaction());
        m.put("knownNames", s.knownNames());
        m.put("maxConcurrency", s.maxConcurrency());
        m.put("inFlight", s.inFlight());
        m.put("maxRetries", s.maxRetries());
        m.put("cacheSize", s.cacheSize());
        m.put("cacheCapacity", s.cacheCapacity());
        m.put("cacheHits", s.cacheHits());
        return m;
    }
}
