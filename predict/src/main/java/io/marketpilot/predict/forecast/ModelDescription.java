package io.marketpilot.predict.forecast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What produced a forecast, for provenance: the method and model form, its fitted parameters, the spread of its
 * one-step errors, how the intervals were computed and why this form was chosen.
 *
 * @param parameters smoothing parameters (alpha, beta, gamma, phi) and final states (level, trend) in fit order
 * @param residualSd standard deviation of one-step-ahead errors the intervals are built from
 * @param selection why this form: the automatic choice and the candidates' AICc, or a fallback
 */
public record ModelDescription(
        String method,
        String form,
        Map<String, Double> parameters,
        double residualSd,
        String intervals,
        String selection) {
    public ModelDescription {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
