package io.marketpilot.app.experiment;

import io.marketpilot.core.experiment.Variant;
import java.util.List;

/**
 * A request to create an experiment, as the API and CLI read it; absent fields take the defaults of
 * {@link ExperimentService#create}.
 *
 * @param design {@code ab} (default) or a bandit policy name
 * @param metric {@code conversion} (default), {@code click_through} or {@code revenue_per_user}
 * @param expectedEffect the absolute effect worth detecting (default 1 point for rates, 1.0 per user for revenue)
 */
public record NewExperiment(
        String id,
        String name,
        String design,
        String metric,
        List<String> guardrails,
        String segment,
        String salt,
        Double alpha,
        Double expectedEffect,
        String campaignId,
        List<Variant> variants) {}
