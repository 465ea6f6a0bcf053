package io.marketpilot.llm;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.OfflineLanguageModel;
import io.marketpilot.llm.privacy.KnownNames;
import io.marketpilot.llm.privacy.PiiRedactor;
import io.marketpilot.llm.provider.ChatModels;
import io.marketpilot.llm.provider.LangChainLanguageModel;
import io.marketpilot.llm.resilience.Sleeper;
import io.marketpilot.llm.usage.UsageSink;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The language model the configuration asks for: the {@link OfflineLanguageModel} for {@code offline}, otherwise
 * the provider's LangChain4j client behind an {@link LlmGateway}.
 *
 * @param model what features call
 * @param gateway the gateway, when a provider is configured
 */
public record LlmSetup(
        LanguageModel model, Optional<LlmGateway> gateway, LlmSettings settings, Supplier<KnownNames> names) {

    /**
     * The setup the settings ask for: the offline stand-in, or the configured provider behind the gateway.
     *
     * @param names the customers' names the redactor looks for (refreshed by the caller's supplier)
     * @param usage where each call is accounted
     * @param audit where each call sent to a provider is recorded
     */
    public static LlmSetup create(
            LlmSettings settings, Supplier<KnownNames> names, UsageSink usage, LlmAuditSink audit, Clock clock) {
        if (settings.isOffline()) {
            return new LlmSetup(new OfflineLanguageModel(), Optional.empty(), settings, names);
        }
        LanguageModel provider =
                new LangChainLanguageModel(settings.provider(), settings.model(), ChatModels.create(settings));
        return withProvider(provider, settings, names, usage, audit, clock);
    }

    /** The gateway over any provider (tests pass a scripted one). */
    public static LlmSetup withProvider(
            LanguageModel provider,
            LlmSettings settings,
            Supplier<KnownNames> names,
            UsageSink usage,
            LlmAuditSink audit,
            Clock clock) {
        LlmGateway gateway = new LlmGateway(
                provider,
                settings,
                new LlmGateway.Wiring(
                        new PiiRedactor(names), usage, audit, clock, Sleeper.REAL, new SplittableRandom()));
        return new LlmSetup(gateway, Optional.of(gateway), settings, names);
    }

    public LlmStatus status() {
        int known = names.get().size();
        return gateway.map(g -> g.status(known))
                .orElseGet(() -> new LlmStatus(
                        model.provider(),
                        model.model(),
                        "",
                        true,
                        "none",
                        Optional.empty(),
                        0,
                        false,
                        known,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0));
    }
}
