package io.marketpilot.app.web.api;

import io.marketpilot.app.experiment.AbTestAnswer;
import io.marketpilot.app.experiment.SampleSizeAnswer;
import io.marketpilot.app.insight.AtRiskCustomer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the analysis endpoints (listening, experiments, predictions, segments, recommendations). */
final class AnalysisSchemas {
    private AnalysisSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "SentimentRequest",
                Map.of("description", "{\"text\": \"…\"}, {\"texts\": [\"…\"]} or [{\"id\": \"…\", \"text\": \"…\"}]"));
        s.put(
                "SentimentResults",
                OpenApiSchemas.object(
                        List.of("model", "results"),
                        "model",
                        OpenApiSchemas.str("Model that scored the texts"),
                        "results",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                OpenApiSchemas.object(
                                        List.of("id"),
                                        "id",
                                        OpenApiSchemas.str("The text's id, or its index"),
                                        "label",
                                        OpenApiSchemas.str("positive, neutral or negative"),
                                        "score",
                                        Map.of("type", "number"),
                                        "neg",
                                        Map.of("type", "number"),
                                        "neu",
                                        Map.of("type", "number"),
                                        "pos",
                                        Map.of("type", "number"),
                                        "compound",
                                        Map.of("type", "number"),
                                        "model",
                                        OpenApiSchemas.str("The model that scored this text"),
                                        "language",
                                        OpenApiSchemas.str("The language the text was read as"),
                                        "error",
                                        OpenApiSchemas.str(
                                                "Why this text has no score, e.g. an unsupported language")))));
        s.put(
                "AbTestCounts",
                OpenApiSchemas.object(
                        List.of("convA", "nA", "convB", "nB"),
                        "convA",
                        Map.of("type", "integer"),
                        "nA",
                        Map.of("type", "integer"),
                        "convB",
                        Map.of("type", "integer"),
                        "nB",
                        Map.of("type", "integer")));
        s.put(
                "AbTestResult",
                RecordSchemas.of(
                        AbTestAnswer.class,
                        "Frequentist and Bayesian reading of a two-variant conversion test (the CLI's abtest gives the"
                                + " same fields)",
                        "z",
                        "Pooled-SE z statistic for B − A",
                        "p_value",
                        "Two-sided p-value",
                        "diff",
                        "rate_b − rate_a",
                        "ci_low",
                        "Lower end of the 95 % Wald interval of diff",
                        "ci_high",
                        "Upper end of that interval",
                        "relative_lift",
                        "diff / rate_a; null when A never converted",
                        "prob_b_beats_a",
                        "Posterior P(θ_B > θ_A), exact",
                        "expected_loss_b",
                        "Rate given up on average by shipping B",
                        "expected_loss_a",
                        "Rate given up on average by keeping A",
                        "method",
                        "How the figures were computed (provenance)"));
        s.put(
                "SampleSizeQuestion",
                OpenApiSchemas.object(
                        List.of("baseline", "mde"),
                        "baseline",
                        Map.of("type", "number"),
                        "mde",
                        Map.of("type", "number"),
                        "relative",
                        Map.of("type", "boolean"),
                        "alpha",
                        Map.of("type", "number"),
                        "power",
                        Map.of("type", "number")));
        s.put(
                "SampleSizePlan",
                RecordSchemas.of(
                        SampleSizeAnswer.class,
                        "Units per arm for a two-sided two-proportion test (the CLI's sample-size gives the same"
                                + " fields)",
                        "variant",
                        "The variant's rate the test is powered to tell from the baseline",
                        "per_arm",
                        "Units in each arm",
                        "total",
                        "Units in both arms"));
        s.put(
                "ClvModel",
                OpenApiSchemas.object(
                        List.of("r", "alpha", "a", "b", "p", "q", "gamma", "customers"),
                        "r",
                        Map.of("type", "number"),
                        "alpha",
                        Map.of("type", "number"),
                        "a",
                        Map.of("type", "number"),
                        "b",
                        Map.of("type", "number"),
                        "log_likelihood",
                        Map.of("type", "number"),
                        "p",
                        Map.of("type", "number"),
                        "q",
                        Map.of("type", "number"),
                        "gamma",
                        Map.of("type", "number"),
                        "estimation",
                        OpenApiSchemas.str("How the BG/NBD parameters were estimated"),
                        "gamma_gamma_log_likelihood",
                        Map.of("type", "number"),
                        "customers",
                        Map.of("type", "integer"),
                        "repeat_customers",
                        Map.of("type", "integer", "description", "Customers the Gamma-Gamma spend model was fitted on"),
                        "calibration_end",
                        OpenApiSchemas.str("The last day of the data fitted, yyyy-MM-dd"),
                        "future_transactions_excluded",
                        Map.of("type", "integer", "description", "Orders after the calibration end, left out")));
        Map<String, Object> outlook = OpenApiSchemas.object(
                List.of("customerId", "clv", "pAlive"),
                "customerId",
                OpenApiSchemas.str("Customer"),
                "revenue",
                Map.of("type", "number"),
                "orders",
                Map.of("type", "integer"),
                "pAlive",
                Map.of("type", "number"),
                "expectedPurchases",
                Map.of("type", "number"),
                "clv",
                Map.of("type", "number"));
        s.put("CustomerOutlook", outlook);
        s.put(
                "AtRiskCustomer",
                RecordSchemas.of(
                        AtRiskCustomer.class,
                        "A high-value customer who looks lapsed, and why",
                        "reason",
                        AtRiskCustomer.LOW_P_ALIVE + " (p(alive) under the threshold) or "
                                + AtRiskCustomer.LAPSED_ONE_OFF
                                + " (one purchase day, silent for longer than the shop's typical repeat gap)",
                        "daysSinceLastPurchase",
                        "Days from the last purchase day to the end of the data the model was fitted on"));
        s.put("AtRiskCustomerList", Map.of("type", "array", "items", OpenApiSchemas.ref("AtRiskCustomer")));
        s.put("CustomerOutlookPage", OpenApiSchemas.page("CustomerOutlook"));
        s.put(
                "SendTime",
                OpenApiSchemas.object(
                        List.of("customer_id", "weekday", "hour"),
                        "customer_id",
                        OpenApiSchemas.str("Customer"),
                        "weekday",
                        OpenApiSchemas.str("monday … sunday"),
                        "hour",
                        Map.of("type", "integer"),
                        "weekday_share",
                        Map.of("type", "number", "description", "Share of the customer's purchases on that weekday"),
                        "hour_share",
                        Map.of("type", "number", "description", "Share of them in that hour"),
                        "purchases",
                        Map.of("type", "integer"),
                        "channel",
                        OpenApiSchemas.str("The channel the customer engages with most (API only: from events)")));
        return s;
    }
}
