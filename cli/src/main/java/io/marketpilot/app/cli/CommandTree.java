package io.marketpilot.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine;

/** The commands of a command line, walked once each, for settings that every command must share. */
final class CommandTree {
    private CommandTree() {}

    /** The command and every command below it, parents before their subcommands. */
    static List<CommandLine> all(CommandLine root) {
        List<CommandLine> commands = new ArrayList<>();
        collect(root, commands);
        return commands;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        // picocli lists a command once per name and alias: the set keeps one of each
        for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
            collect(sub, into);
        }
    }
}
