package io.marketpilot.app.experiment;

import io.marketpilot.core.experiment.Variant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to create an experiment, as the API and CLI read it; absent fields (null, as JSON leaves them) take the
 * defaults of {@link ExperimentService#create}, which also refuses a request without a name or two variants.
 *
 * @param design {@code ab} (default) or a bandit policy name
 * @param metric {@code conversion} (default), {@code click_through} or {@code revenue_per_user}
 * @param expectedEffect the absolute effect worth detecting (default 1 point for rates, 1.0 per user for revenue)
 */
public record NewExperiment(
        @Nullable String id,
        @Nullable String name,
        @Nullable String design,
        @Nullable String metric,
        @Nullable List<String> guardrails,
        @Nullable String segment,
        @Nullable String salt,
        @Nullable Double alpha,
        @Nullable Double expectedEffect,
        @Nullable String campaignId,
        @Nullable List<Variant> variants) {}
