package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Every command path, found by walking the tree so that a new command is covered too, answers help and version. */
class HelpAndVersionTest {
    /**
     * One tree for the whole class: building it takes about a tenth of a second and the class asks about 1,000 questions
     * of it; picocli resets every option to its default before each parse, so a run does not see the one before.
     */
    private static final CommandLine TREE = io.marketpilot.app.Application.commandLine();

    static Stream<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        collect(TREE, paths);
        assertThat(paths).as("the walk reaches nested commands").contains("experiment create", "bench import");
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> paths) {
        String qualified = command.getCommandSpec().qualifiedName();
        paths.add(qualified.substring("marketpilot".length()).strip());
        for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
            collect(sub, paths);
        }
    }

    @ParameterizedTest
    @MethodSource("commandPaths")
    void everyCommandPrintsItsUsageForHelpAndExitsZero(String path) {
        for (String flag : List.of("--help", "-h")) {
            Answer a = run(path, flag);

            assertThat(a.exit()).as(path + " " + flag + ": " + a.err()).isZero();
            assertThat(a.out()).as(path + " " + flag).startsWith(usageLineOf(path));
            assertThat(a.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("commandPaths")
    void everyCommandPrintsTheVersionAndExitsZero(String path) {
        for (String flag : List.of("--version", "-V")) {
            Answer a = run(path, flag);

            assertThat(a.exit()).as(path + " " + flag + ": " + a.err()).isZero();
            assertThat(a.out().strip()).as(path + " " + flag).isEqualTo("MarketPilot 0.1.0");
        }
    }

    /**
     * picocli formats descriptions like printf and, when one is not a valid format, warns on standard error with every
     * help it prints; it hands out option descriptions already formatted, so the raw text is read from the annotation.
     */
    @ParameterizedTest
    @MethodSource("commandPaths")
    void everyDescriptionIsAValidFormatString(String path) {
        CommandLine command = TREE;
        for (String name : path.isEmpty() ? new String[0] : path.split(" ")) {
            command = command.getSubcommands().get(name);
        }
        CommandSpec spec = command.getCommandSpec();
        List<String> descriptions = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (ArgSpec arg : spec.args()) {
            if (arg.userObject() instanceof AnnotatedElement element) {
                Option option = element.getAnnotation(Option.class);
                Parameters parameters = element.getAnnotation(Parameters.class);
                descriptions.addAll(List.of(option != null ? option.description() : new String[0]));
                descriptions.addAll(List.of(parameters != null ? parameters.description() : new String[0]));
            }
        }

        for (String description : descriptions) {
            assertThatCode(() -> String.format(description))
                    .as("%s: %s", path, description)
                    .doesNotThrowAnyException();
        }
    }

    private record Answer(int exit, String out, String err) {}

    private static Answer run(String path, String flag) {
        List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
        args.add(flag);
        CommandLine cli = TREE;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Answer(exit, out.toString(), err.toString());
    }

    /** picocli's `help` command describes itself before its usage line; every other command starts with it. */
    private static String usageLineOf(String path) {
        return path.equals("help") ? "Display help information" : ("Usage: marketpilot " + path).strip();
    }
}
