package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marketpilot analyze}: scores stored reviews that have no sentiment yet (imports do this themselves). */
@Command(name = "analyze", description = "Run the listening pipeline over stored reviews that have not been analysed.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Services app = store.open()) {
            var summary = app.reviewAnalysis.analyzePending();
            System.out.printf(
                    "Analysed %d reviews with %s; %d could not be read (empty, over 1 MB or unreadable).%n",
                    summary.scored(), io.marketpilot.app.insight.ReviewAnalysis.MODEL, summary.unsupported());
        }
        return 0;
    }
}
