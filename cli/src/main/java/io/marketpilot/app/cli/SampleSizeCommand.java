package io.marketpilot.app.cli;

import io.marketpilot.app.experiment.SampleSizeAnswer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot sample-size}: units per arm to detect an effect on a conversion rate. */
@Command(name = "sample-size", description = "Units per arm for a two-sided two-proportion test.")
public final class SampleSizeCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, description = "Control conversion rate, e.g. 0.05")
    double baseline;

    @Option(
            names = "--mde",
            required = true,
            description = "Minimum detectable effect: 0.10 with --relative = +10%%, else absolute")
    double mde;

    @Option(names = "--relative", description = "Read --mde as relative to the baseline")
    boolean relative;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", description = "Power (default ${DEFAULT-VALUE})")
    double power;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Override
    public Integer call() {
        SampleSizeAnswer plan = SampleSizeAnswer.of(baseline, mde, relative, alpha, power);
        if (format.equals("json")) {
            Output.json(plan, System.out);
        } else {
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%,d units per arm (%,d in all) to detect %.4f → %.4f at alpha %.3f with power %.2f%n",
                    plan.perArm(),
                    plan.total(),
                    plan.baseline(),
                    plan.variant(),
                    plan.alpha(),
                    plan.power());
        }
        return 0;
    }
}
