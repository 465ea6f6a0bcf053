package io.marketpilot.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Output-format options ({@code --format}, {@code --format-out}) accept only the values their help lists ("table |
 * json | csv"): many commands print a table for any value they do not know, so {@code --format xml} would quietly
 * give a table instead of the one-line error every other bad value gets. Checked once for every command, after
 * parsing and before the command runs.
 */
final class FormatChoices {
    /** "table | json | csv", optionally followed by a comma or a parenthesis and more words. */
    private static final Pattern LISTED = Pattern.compile("^([a-z]+(?: \\| [a-z]+)+)\\s*(?:[,(].*)?$");

    private FormatChoices() {}

    static void check(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            for (OptionSpec option : r.matchedOptions()) {
                if (option.longestName().startsWith("--format")) {
                    check(r.commandSpec().commandLine(), option);
                }
            }
        }
    }

    private static void check(CommandLine command, OptionSpec option) {
        Optional<List<String>> allowed = allowed(option);
        // an Object, so that String.valueOf(Object) is chosen: the generic getValue() would otherwise pick
        // valueOf(char[])
        Object given = option.getValue();
        String value = String.valueOf(given);
        if (allowed.isPresent() && !allowed.get().contains(value)) {
            throw new CommandLine.ParameterException(
                    command,
                    "Invalid value for option '" + option.longestName() + "': '" + value + "' (use "
                            + String.join(", ", allowed.get()) + ")");
        }
    }

    /** The values an option's description lists, if it lists them in the house form. */
    static Optional<List<String>> allowed(OptionSpec option) {
        Matcher m = LISTED.matcher(String.join(" ", option.description()).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(m.group(1).split(" \\| ")).toList());
    }
}
