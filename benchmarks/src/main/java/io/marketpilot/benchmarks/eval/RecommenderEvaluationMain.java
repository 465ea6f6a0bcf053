package io.marketpilot.benchmarks.eval;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.recommend.eval.EvaluationOptions;
import io.marketpilot.recommend.eval.EvaluationReport;
import io.marketpilot.recommend.eval.RecommenderEvaluation;

/**
 * Compares every recommender on one interactions file ({@link RecommenderEvaluation}) and prints the table, or JSON
 * with {@code --json}; {@code bin/marketpilot recommend eval} is the same evaluation from the application.
 */
public final class RecommenderEvaluationMain {
    static final String USAGE = "usage: RecommenderEvaluationMain " + EvaluationOptions.USAGE.replace("options: ", "");

    private RecommenderEvaluationMain() {}

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, RecommenderEvaluationMain::run);
    }

    static String run(String[] args) {
        EvaluationOptions options = EvaluationOptions.parse(args);
        EvaluationReport report = RecommenderEvaluation.run(options);
        return options.json() ? RecommenderEvaluation.toJson(report) : report.toTable();
    }
}
