package io.marketpilot.app.cli;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.RowError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line answers failures, never with a stack trace on the terminal: a user's mistake (our
 * {@link MarketPilotException}s, bad files and values) in one line on standard error with exit code 2; a mistyped
 * command line in one line with a pointer to the command's help, also exit code 2; anything else as an internal
 * failure, exit code 1, whose trace goes to a log file under an incident id that the one line quotes. A failure
 * while the process is being stopped (Ctrl-C, SIGTERM) is the stop itself: one line saying so, exit code 143.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int USER_ERROR = 2;
    static final int INTERNAL_FAILURE = 1;
    /** As a shell reports a process ended by SIGTERM (128 + 15). */
    static final int STOPPED = 143;

    static final String LOG_IN_DATA_DIR = "logs/marketpilot.log";
    static final String LOG_ELSEWHERE = "marketpilot-error.log";
    private static final int LISTED_ROW_ERRORS = 20;
    private static final int LONGEST_MESSAGE = 600;

    private final BooleanSupplier shuttingDown;

    ErrorReporter() {
        this(ErrorReporter::jvmShuttingDown);
    }

    ErrorReporter(BooleanSupplier shuttingDown) {
        this.shuttingDown = shuttingDown;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        // picocli hands over an Error (not an Exception) still wrapped
        Throwable failure = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        PrintWriter err = command.getErr();
        try {
            if (failure instanceof MarketPilotException known) {
                printUserError(known, err);
                return USER_ERROR;
            }
            Optional<String> explained = UserCausedFailures.explain(failure);
            if (explained.isPresent()) {
                err.println("error: " + oneLine(explained.get()));
                return USER_ERROR;
            }
            if (shuttingDown.getAsBoolean()) {
                // Ctrl-C or SIGTERM: H2's own shutdown hook closed the store under the command, which then failed;
                // that is the stop the user asked for, not a bug to report
                err.println("stopped: the process was asked to end; what was committed before it is kept");
                return STOPPED;
            }
            String id = IncidentLog.newId();
            Optional<Path> log = new IncidentLog(logFiles(parsed))
                    .write(id, command.getCommandSpec().qualifiedName(), failure);
            err.println("error: internal failure (id " + id + "); "
                    + log.map(file -> "details in " + file.toAbsolutePath())
                            .orElse("no log file could be written, so in short: " + failure));
            return INTERNAL_FAILURE;
        } finally {
            err.flush();
        }
    }

    /** The JVM refuses new shutdown hooks once it has begun to shut down: the one way to ask whether it has. */
    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }

    private static void printUserError(MarketPilotException e, PrintWriter err) {
        err.println("error: " + oneLine(e.getMessage()));
        if (e instanceof ImportRejectedException rejected) {
            rejected.errors().stream()
                    .limit(LISTED_ROW_ERRORS)
                    .map(RowError::toString)
                    .forEach(s -> err.println("  " + oneLine(s)));
            if (rejected.errors().size() > LISTED_ROW_ERRORS) {
                err.println("  … and " + (rejected.errors().size() - LISTED_ROW_ERRORS) + " more");
            }
        }
    }

    /**
     * Some messages span lines (a YAML parser's, with a caret under the column) or quote a binary file's first line
     * (as the header it could not use); a terminal gets them in one line of printable text, cut at a length a person
     * reads.
     */
    static String oneLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[\\p{Cntrl}\\p{Cs}\\x{FFFD}]", "?");
        return line.length() <= LONGEST_MESSAGE ? line : line.substring(0, LONGEST_MESSAGE) + " …";
    }

    /**
     * The data directory's log when the command uses a store, else the working directory, else the temporary
     * directory, which is always writable.
     */
    static List<Path> logFiles(ParseResult parsed) {
        List<Path> files = new ArrayList<>();
        dataDirOf(parsed).ifPresent(dir -> files.add(dir.resolve(LOG_IN_DATA_DIR)));
        files.add(Path.of(LOG_ELSEWHERE));
        files.add(Path.of(System.getProperty("java.io.tmpdir"), LOG_ELSEWHERE));
        return files;
    }

    private static Optional<Path> dataDirOf(ParseResult parsed) {
        if (parsed == null) {
            return Optional.empty();
        }
        for (CommandLine command : parsed.asCommandLineList()) {
            Optional<StoreOptions> store = storeOptionsOf(command.getCommandSpec());
            if (store.isPresent()) {
                try {
                    return Optional.of(store.get().dataDir());
                } catch (RuntimeException unreadableConfiguration) {
                    return Optional.empty(); // the failure being reported may be this very configuration
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StoreOptions> storeOptionsOf(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof StoreOptions store) {
                return Optional.of(store);
            }
            Optional<StoreOptions> nested = storeOptionsOf(mixin);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }
}
