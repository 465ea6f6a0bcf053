package io.marketpilot.app.llm;

import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.llm.LlmUsageLog;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.llm.LlmSettings;
import io.marketpilot.llm.LlmSetup;
import io.marketpilot.llm.privacy.KnownNames;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Builds the configured language model over the store: customer names for redaction, usage and audit sinks. */
public final class LanguageModelWiring {
    /** New customers are known to the redactor within this time. */
    static final Duration NAMES_REFRESH = Duration.ofSeconds(60);

    private LanguageModelWiring() {}

    public static LlmSetup create(
            LlmSettings settings, CustomerRepository customers, LlmUsageLog usage, AuditLog audit, Clock clock) {
        var names = settings.isOffline()
                ? (java.util.function.Supplier<KnownNames>) () -> KnownNames.of(List.of())
                : KnownNames.refreshing(customers::names, NAMES_REFRESH, clock);
        return LlmSetup.create(settings, names, new UsageToStore(usage, clock), new CallsToAuditLog(audit), clock);
    }
}
