package io.marketpilot.app.cli;

import io.marketpilot.app.insight.UserInput;
import io.marketpilot.experiments.sequential.PeekingResult;
import io.marketpilot.experiments.sequential.PeekingSetup;
import io.marketpilot.experiments.sequential.PeekingSimulation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot simulate peeking}: why daily-watched dashboards need sequential tests. */
@Command(name = "simulate", description = "Simulations that justify the statistics.")
public final class SimulateCommand {
    @Command(
            name = "peeking",
            description = "Many A/A tests checked daily: false-positive rate of the naive z-test"
                    + " (stop at the first p < alpha) against the mixture-SPRT sequential test.")
    int peeking(
            @Option(names = "--experiments", defaultValue = "2000") int experiments,
            @Option(names = "--min-days", defaultValue = "10") int minDays,
            @Option(names = "--max-days", defaultValue = "30") int maxDays,
            @Option(names = "--visitors", defaultValue = "1000", description = "Visitors per arm per day") int visitors,
            @Option(names = "--baseline", defaultValue = "0.05") double baseline,
            @Option(names = "--alpha", defaultValue = "0.05") double alpha,
            @Option(names = "--tau", defaultValue = "0.005", description = "Mixing standard deviation of the mSPRT")
                    double tau,
            @Option(names = "--seed", defaultValue = "20240601") long seed,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        PeekingResult r = UserInput.check(() -> PeekingSimulation.run(
                new PeekingSetup(experiments, minDays, maxDays, visitors, baseline, alpha, tau * tau), seed));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("experiments", experiments);
        out.put("alpha", alpha);
        out.put("naive_false_positive_rate", r.naiveFalsePositiveRate());
        out.put("sequential_false_positive_rate", r.sequentialFalsePositiveRate());
        out.put("final_look_false_positive_rate", r.finalLookFalsePositiveRate());
        if (format.equals("json")) {
            Output.json(out, System.out);
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "%,d A/A tests, %d–%d daily looks, alpha %.2f:%n",
                    experiments,
                    minDays,
                    maxDays,
                    alpha);
            System.out.printf(
                    Locale.ROOT, "  naive z-test, stopping at the first p < alpha  %.4f%n", r.naiveFalsePositiveRate());
            System.out.printf(
                    Locale.ROOT,
                    "  mixture SPRT (always valid)                   %.4f%n",
                    r.sequentialFalsePositiveRate());
            System.out.printf(
                    Locale.ROOT,
                    "  z-test read once at the end                   %.4f%n",
                    r.finalLookFalsePositiveRate());
        }
        return 0;
    }
}
