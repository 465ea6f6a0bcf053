package io.marketpilot.app.cli;

import io.marketpilot.app.insight.UserInput;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.experiments.bandit.BanditResult;
import io.marketpilot.experiments.bandit.BanditSimulation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot bandit simulate}: how a policy would have done on arms with known conversion rates. */
@Command(name = "bandit", description = "Multi-armed bandits.")
public final class BanditCommand {
    @Command(name = "simulate", description = "Simulate a policy on Bernoulli arms; report regret, reward and pulls.")
    int simulate(
            @Option(
                            names = "--arms",
                            required = true,
                            split = ",",
                            description = "True conversion rates, e.g. 0.040,0.050,0.045")
                    double[] arms,
            @Option(names = "--horizon", defaultValue = "100000", description = "Units to allocate") int horizon,
            @Option(names = "--policy", defaultValue = "thompson", description = "thompson | ucb1 | egreedy | uniform")
                    String policy,
            @Option(names = "--seed", defaultValue = "1") long seed,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        String name =
                switch (policy.toLowerCase(Locale.ROOT)) {
                    case "thompson", "ucb1", "uniform", "thompson-gaussian" -> policy.toLowerCase(Locale.ROOT);
                    case "egreedy", "epsilon-greedy" -> "epsilon-greedy";
                    default ->
                        throw MarketPilotException.invalid(
                                "Unknown policy '" + policy + "': use thompson, ucb1, egreedy or uniform");
                };
        BanditResult r = UserInput.check(() -> BanditSimulation.run(arms, horizon, name, seed));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", r.policy());
        out.put("horizon", r.horizon());
        out.put("seed", r.seed());
        out.put("regret", r.regret());
        out.put("reward", r.reward());
        out.put("pulls", r.pulls());
        if (format.equals("json")) {
            Output.json(out, System.out);
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "%s over %,d units on arms %s: regret %.1f, reward %.0f, pulls %s%n",
                    r.policy(),
                    r.horizon(),
                    Arrays.toString(arms),
                    r.regret(),
                    r.reward(),
                    r.pulls());
        }
        return 0;
    }
}
