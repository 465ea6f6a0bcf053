package io.marketpilot.recommend.eval;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.data.InteractionFormat;
import java.nio.file.Path;
import java.util.Optional;

/** The options of {@link RecommenderEvaluation}, parsed from a command line and checked. */
public record EvaluationOptions(
        Path ratings,
        InteractionFormat format,
        SplitMethod split,
        double testFraction,
        int k,
        long seed,
        boolean tune,
        Optional<Path> segments,
        boolean content,
        boolean json) {
    /** The options, for usage and error messages. */
    public static final String USAGE = "options: --ratings FILE --format movielens|superstore|csv"
            + " [--split temporal|global-time|random] [--test-fraction 0.2] [--k 10] [--seed 42] [--tune]"
            + " [--segments user_segments.csv] [--no-content] [--json]";

    public static EvaluationOptions parse(String[] args) {
        Path ratings = null;
        InteractionFormat format = null;
        SplitMethod split = SplitMethod.TEMPORAL;
        double fraction = 0.2;
        int k = 10;
        long seed = 42;
        boolean tune = false;
        Optional<Path> segments = Optional.empty();
        boolean json = false;
        boolean content = true;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--tune" -> tune = true;
                case "--json" -> json = true;
                case "--no-content" -> content = false;
                case "--ratings" -> ratings = Path.of(value(args, ++a));
                case "--format" -> format = InteractionFormat.byLabel(value(args, ++a));
                case "--split" -> split = SplitMethod.byLabel(value(args, ++a));
                case "--test-fraction" -> fraction = number(args, ++a);
                case "--k" -> k = (int) number(args, ++a);
                case "--seed" -> seed = (long) number(args, ++a);
                case "--segments" -> segments = Optional.of(Path.of(value(args, ++a)));
                default -> throw MarketPilotException.invalid("unknown option '" + args[a] + "'; " + USAGE);
            }
        }
        if (ratings == null || format == null) {
            throw MarketPilotException.invalid("--ratings and --format are required; " + USAGE);
        }
        if (k < 1) {
            throw MarketPilotException.invalid("--k must be at least 1, got " + k);
        }
        return new EvaluationOptions(ratings, format, split, fraction, k, seed, tune, segments, content, json);
    }

    private static String value(String[] args, int a) {
        if (a >= args.length) {
            throw MarketPilotException.invalid(args[a - 1] + " needs a value; " + USAGE);
        }
        return args[a];
    }

    private static double number(String[] args, int a) {
        String text = value(args, a);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(args[a - 1] + " needs a number, got '" + text + "'");
        }
    }
}
