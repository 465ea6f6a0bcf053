package io.marketpilot.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The CLI run in the test's process, for tests outside this package that compare it with another door. */
public final class InProcessCli {
    /** A run: its exit code and what it printed. */
    public record Run(int exit, String out, String err) {}

    private InProcessCli() {}

    /** Runs the command line, capturing standard output (one run at a time: System.out is shared). */
    public static synchronized Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = io.marketpilot.app.Application.commandLine();
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }
}
