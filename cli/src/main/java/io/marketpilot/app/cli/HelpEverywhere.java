package io.marketpilot.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives every command in the tree {@code -h/--help} and {@code -V/--version}, so that a command added later cannot
 * forget them (the annotations' {@code mixinStandardHelpOptions} would otherwise be repeated on some sixty commands).
 */
final class HelpEverywhere {
    private HelpEverywhere() {}

    static void addTo(CommandLine root) {
        String[] version = root.getCommandSpec().version();
        for (CommandLine command : CommandTree.all(root)) {
            CommandSpec spec = command.getCommandSpec();
            spec.version(version);
            // Added as plain options rather than picocli's help mixin: for a command that is a method, picocli
            // expects that mixin's two options before the method's parameters, and here they would come after.
            if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
                spec.addOption(OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .description("Show this help message and exit.")
                        .build());
            }
            if (spec.options().stream().noneMatch(OptionSpec::versionHelp)) {
                spec.addOption(OptionSpec.builder("-V", "--version")
                        .versionHelp(true)
                        .description("Print version information and exit.")
                        .build());
            }
        }
    }
}
