package io.marketpilot.app.cli;

import static io.marketpilot.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** An output format the command does not know is a one-line error, not a silent table. */
class FormatChoicesTest {
    @Test
    void anUnknownFormatIsRefusedWithTheListedChoices() {
        InProcessCli.Run r = run(
                "abtest", "--conv-a", "200", "--n-a", "4000", "--conv-b", "245", "--n-b", "4000", "--format", "xml");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().findFirst().orElseThrow())
                .isEqualTo("error: Invalid value for option '--format': 'xml' (use table, json)");
    }

    @Test
    void aListedFormatStillWorks() {
        InProcessCli.Run r = run(
                "abtest", "--conv-a", "200", "--n-a", "4000", "--conv-b", "245", "--n-b", "4000", "--format", "json");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{");
    }

    @Test
    void everyOutputFormatOptionListsItsChoices() {
        List<String> unlisted = new ArrayList<>();
        for (CommandLine command : CommandTree.all(io.marketpilot.app.Application.commandLine())) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                boolean output = option.longestName().equals("--format-out")
                        || (option.longestName().equals("--format") && !layoutOption(option));
                if (output && FormatChoices.allowed(option).isEmpty()) {
                    unlisted.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
                }
            }
        }
        assertThat(unlisted).isEmpty();
    }

    /** `recommend eval --format` names an input layout, checked by the reader itself. */
    private static boolean layoutOption(OptionSpec option) {
        return String.join(" ", option.description()).contains("layout");
    }
}
