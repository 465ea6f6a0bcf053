package io.marketpilot.recommend.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of an offline evaluation with its provenance: the data, the protocol, each algorithm's scores and the
 * validation trials that chose the hyper-parameters; serialises to JSON as is.
 */
public record EvaluationReport(
        String dataset,
        String split,
        @JsonProperty("test_fraction") double testFraction,
        int k,
        long seed,
        int users,
        int items,
        @JsonProperty("train_interactions") int trainInteractions,
        @JsonProperty("test_interactions") int testInteractions,
        @JsonProperty("test_users") int testUsers,
        List<AlgorithmResult> algorithms,
        List<TuningTrial> tuning) {
    public EvaluationReport {
        algorithms = List.copyOf(algorithms);
        tuning = List.copyOf(tuning);
    }

    /** A fixed-width table for terminals. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%s: %d users, %d items; %s split (test %.0f%%, seed %d): %d train / %d test interactions, %d test"
                        + " users%n",
                dataset,
                users,
                items,
                split,
                testFraction * 100,
                seed,
                trainInteractions,
                testInteractions,
                testUsers));
        out.append(String.format(
                Locale.ROOT,
                "%-20s %8s %8s %8s %8s %9s %9s  %s%n",
                "algorithm",
                "P@" + k,
                "R@" + k,
                "NDCG@" + k,
                "MAP@" + k,
                "coverage",
                "train_s",
                "parameters"));
        for (AlgorithmResult r : algorithms) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-20s %8.4f %8.4f %8.4f %8.4f %9.4f %9.3f  %s%n",
                    r.algorithm(),
                    r.precision(),
                    r.recall(),
                    r.ndcg(),
                    r.map(),
                    r.coverage(),
                    r.trainSeconds(),
                    r.parameters()));
        }
        return out.toString();
    }
}
