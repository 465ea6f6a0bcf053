package io.marketpilot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainRunnerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String[] args, boolean needsArguments, MainRunner.Body body) {
        return MainRunner.exitStatus(
                args,
                "usage: Tool FILE",
                needsArguments,
                body,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheReportAndSucceeds() {
        assertThat(run(new String[] {"a.csv"}, true, args -> "report of " + args[0] + "\n"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("report of a.csv\n");
    }

    @Test
    void printsTheUsageWhenAskedWithoutRunning() {
        assertThat(run(new String[] {"a.csv", "--help"}, true, args -> {
                    throw new AssertionError("must not run");
                }))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("usage: Tool FILE\n");
    }

    @Test
    void answersMissingArgumentsWithTheUsageAndStatusTwo() {
        assertThat(run(new String[0], true, args -> "never")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("usage: Tool FILE\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void turnsAUserErrorIntoOneLineAndStatusTwo() {
        assertThat(run(new String[] {"a.csv"}, true, args -> {
                    throw MarketPilotException.invalid("no such file: a.csv");
                }))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: no such file: a.csv\n");
    }
}
