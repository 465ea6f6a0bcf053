package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** What a user sees when a command fails: one line and an exit code, never a stack trace. */
class FailureReportingTest {
    private static final Pattern INTERNAL_LINE =
            Pattern.compile("error: internal failure \\(id ([0-9a-f]{8})\\); details in (.+)");

    /**
     * A command with a bug, which fails as {@code failing} does (an exception, or an Error as a class missing from the
     * jar gives); the store options tell the reporter where the log goes.
     */
    @Command(name = "explode")
    static final class ExplodingCommand implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        private final Runnable failing;

        ExplodingCommand(Runnable failing) {
            this.failing = failing;
        }

        @Override
        public Integer call() {
            failing.run();
            return 0;
        }
    }

    private static void bug() {
        throw new IllegalStateException("a bug, not the user's doing");
    }

    /** The command line with {@code explode} added, writing its errors to {@code err}. */
    private static CommandLine withExplode(Runnable failing, StringWriter err) {
        CommandLine cli = io.marketpilot.app.Application.commandLine();
        cli.addSubcommand(new ExplodingCommand(failing));
        cli.setErr(new PrintWriter(err));
        return cli;
    }

    @Test
    void anInternalFailureIsOneLineWithAnIdAndTheTraceGoesToTheDataDirectorysLog(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = withExplode(FailureReportingTest::bug, err);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            exit = cli.execute("explode", "--data-dir", dir.toString());
        } finally {
            System.setErr(originalErr);
        }

        assertThat(exit).isEqualTo(ErrorReporter.INTERNAL_FAILURE);
        String shown = err + processErr.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("at io.marketpilot", "Exception in thread", "IllegalStateException");
        assertThat(shown.strip().lines()).hasSize(1);
        Matcher line = INTERNAL_LINE.matcher(shown.strip());
        assertThat(line.matches()).as(shown).isTrue();
        Path log = dir.resolve("logs/marketpilot.log");
        assertThat(Path.of(line.group(2))).isEqualTo(log.toAbsolutePath());
        String logged = Files.readString(log);
        assertThat(logged)
                .contains("incident=" + line.group(1))
                .contains("command=\"marketpilot explode\"")
                .contains("java.lang.IllegalStateException: a bug, not the user's doing")
                .contains("\tat io.marketpilot.app.cli.FailureReportingTest$ExplodingCommand.call");
    }

    @Test
    void anErrorRatherThanAnExceptionIsAlsoOneLineWithAnIncidentId(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = withExplode(
                () -> {
                    throw new NoClassDefFoundError("com/example/NotInTheJar");
                },
                err);

        int exit = cli.execute("explode", "--data-dir", dir.toString());

        assertThat(exit).isEqualTo(ErrorReporter.INTERNAL_FAILURE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(INTERNAL_LINE.matcher(err.toString().strip()).matches())
                .as(err.toString())
                .isTrue();
        assertThat(Files.readString(dir.resolve("logs/marketpilot.log")))
                .contains("java.lang.NoClassDefFoundError: com/example/NotInTheJar");
    }

    @Test
    void aFailureWhileTheProcessIsBeingStoppedSaysStoppedAndLogsNoIncident(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = withExplode(FailureReportingTest::bug, err);
        cli.setExecutionExceptionHandler(new ErrorReporter(() -> true));

        int exit = cli.execute("explode", "--data-dir", dir.toString());

        assertThat(exit).isEqualTo(ErrorReporter.STOPPED);
        assertThat(err.toString().strip())
                .isEqualTo("stopped: the process was asked to end; what was committed before it is kept");
        assertThat(dir.resolve("logs/marketpilot.log")).doesNotExist();
    }

    @Test
    void aMissingInputFileIsOneLineNamingItWithExitCode2(@TempDir Path dir) {
        Path missing = dir.resolve("ratings.csv");

        var r = CliTest.run("recommend", "eval", "--ratings", missing.toString());

        assertThat(r.exit()).isEqualTo(2);
        // the reader names the file itself; the generic handler words it the same way for other readers
        assertThat(r.err().strip())
                .doesNotContain("\n")
                .startsWith("error: ")
                .containsIgnoringCase("cannot read")
                .contains(missing.toString())
                .containsIgnoringCase("no such file");
    }

    @Test
    void aDirectoryWhereAFileBelongsIsOneLineWithExitCode2(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("out"));

        var r = CliTest.run(
                "export",
                "orders",
                target.toString(),
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: cannot access " + target + ": Is a directory");
    }

    @Test
    void aDirectoryGivenAsRatingsIsNamedInOneLine(@TempDir Path dir) {
        var r = CliTest.run("recommend", "eval", "--ratings", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --ratings takes a file; " + dir + " is a directory");
    }

    @Test
    void aBinaryFilesHeaderQuotedInAMessageArrivesAsOnePrintableLine() {
        String quoted = "No column 'text'; columns are [\u0001\u001b[2J\uFFFDab\ncd]";

        assertThat(ErrorReporter.oneLine(quoted)).isEqualTo("No column 'text'; columns are [??[2J?ab cd]");
        assertThat(ErrorReporter.oneLine("x".repeat(5000))).hasSizeLessThan(700).endsWith(" …");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheOptionAndPointsToTheHelp() {
        var r = CliTest.run("clv", "predict", "--weeks", "abc");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines())
                .containsExactly(
                        "error: Invalid value for option '--weeks': 'abc' is not a double",
                        "Try 'marketpilot clv predict --help' for usage.");
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneLineRatherThanTheDatabasesTraces(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        var r = CliTest.run("apikey", "list", "--data-dir", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("error: The data directory " + file + " is a file, not a directory (--data-dir)");
    }

    @Test
    void aMessageThatSpansLinesIsPrintedOnOne(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("marketpilot.yaml"), "data-dir: [unclosed\n");

        var r = CliTest.run("apikey", "list", "--config", config.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().startsWith("error: Cannot read " + config);
    }
}
