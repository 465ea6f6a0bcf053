package io.marketpilot.benchmarks;

import io.marketpilot.core.MarketPilotException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The shared shape of the evaluation and training mains: {@code --help} (or no argument where one is needed) prints
 * the usage, a user error prints one line and exits 2, and otherwise the report goes to standard output.
 */
public final class MainRunner {
    private MainRunner() {}

    /** What a main does with its arguments: the report to print. */
    @FunctionalInterface
    public interface Body {
        String run(String[] args);
    }

    /** Runs {@code body} and exits with the status {@link #exitStatus} gives. */
    public static void run(String[] args, String usage, boolean needsArguments, Body body) {
        int status = exitStatus(args, usage, needsArguments, body, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** 0 after the report or the asked-for usage; 2 after a user error or missing arguments, said on {@code err}. */
    static int exitStatus(
            String[] args, String usage, boolean needsArguments, Body body, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help")) {
            out.println(usage);
            return 0;
        }
        if (needsArguments && args.length == 0) {
            err.println(usage);
            return 2;
        }
        try {
            out.print(body.run(args));
            return 0;
        } catch (MarketPilotException | UncheckedIOException | DateTimeParseException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
