package io.marketpilot.app.cli;

import io.marketpilot.app.experiment.AbTestAnswer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot abtest}: a two-variant conversion test, frequentist and Bayesian, from counts. */
@Command(
        name = "abtest",
        description = "Compare two conversion rates: z-test with CI and lift, P(B beats A) and expected loss.")
public final class AbTestCommand implements Callable<Integer> {
    @Option(names = "--conv-a", required = true, description = "Conversions in A (control)")
    long convA;

    @Option(names = "--n-a", required = true, description = "Units in A")
    long nA;

    @Option(names = "--conv-b", required = true, description = "Conversions in B")
    long convB;

    @Option(names = "--n-b", required = true, description = "Units in B")
    long nB;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Override
    public Integer call() {
        AbTestAnswer r = AbTestAnswer.of(convA, nA, convB, nB);
        if (format.equals("json")) {
            Output.json(r, System.out);
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "A %.4f%%  B %.4f%%  lift %s%n",
                    100 * r.rateA(),
                    100 * r.rateB(),
                    r.relativeLift() == null
                            ? "undefined (A never converted)"
                            : String.format(Locale.ROOT, "%+.2f%%", 100 * r.relativeLift()));
            System.out.printf(
                    Locale.ROOT,
                    "z = %.4f, p = %.4g, difference %.5f (95%% CI %.5f to %.5f)%n",
                    r.z(),
                    r.pValue(),
                    r.diff(),
                    r.ciLow(),
                    r.ciHigh());
            System.out.printf(
                    Locale.ROOT,
                    "P(B beats A) = %.4f, expected loss of choosing B = %.6f%n",
                    r.probBBeatsA(),
                    r.expectedLossB());
            System.out.println(verdict(r));
        }
        return 0;
    }

    /** A plain-words reading at the 5 % level; a fixed-horizon test, so read it once, at the planned sample size. */
    static String verdict(AbTestAnswer r) {
        if (r.pValue() >= 0.05) {
            return "No significant difference at the 5% level (read once at the planned sample size).";
        }
        return (r.diff() > 0 ? "B" : "A") + " converts better, significant at the 5% level.";
    }
}
