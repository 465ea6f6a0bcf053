package io.marketpilot.app.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Lets the store options ({@code --data-dir}, {@code --db}, …) stand before or after a subcommand:
 * {@code apikey --data-dir X create} and {@code apikey create --data-dir X} mean the same whichever of the two
 * commands declares them, and so do {@code experiment --data-dir X list} and {@code experiment list --data-dir X}.
 *
 * <p>picocli's inherited options only reach down (a parent's option accepted by its subcommands), while half of our
 * groups declare the store options on each subcommand instead; so each command below the root that lacks a store
 * option declared above or below it gets a stand-in, and after parsing the stand-in's value is handed to the command
 * on the parsed path that declares the option. A value for a command that takes no store options is refused rather
 * than ignored.
 */
final class StoreOptionsAnywhere {
    private StoreOptionsAnywhere() {}

    static void addTo(CommandLine root) {
        for (CommandLine command : CommandTree.all(root)) {
            if (command.equals(root)) {
                continue; // at the root they would be offered to every command, most of which take none
            }
            CommandSpec spec = command.getCommandSpec();
            for (OptionSpec declared : declaredAroundButNotIn(command, root)) {
                spec.addOption(standInFor(declared));
            }
        }
    }

    /** Hands every stand-in's value to the option it stands for; call after parsing, before running. */
    static void handOver(ParseResult parsed) {
        List<ParseResult> path = new ArrayList<>();
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            path.add(level);
        }
        Set<String> handed = new HashSet<>();
        for (ParseResult level : path) {
            for (OptionSpec given : level.matchedOptions()) {
                if (given.setter() instanceof StandIn) {
                    OptionSpec owner = declaringOption(path, given.longestName())
                            .orElseThrow(() -> new ParameterException(
                                    level.commandSpec().commandLine(),
                                    "'" + last(path).commandSpec().qualifiedName() + "' does not use "
                                            + given.longestName()));
                    if (matched(path, owner) || !handed.add(given.longestName())) {
                        throw new ParameterException(
                                level.commandSpec().commandLine(),
                                "option '" + given.longestName() + "' should be specified only once");
                    }
                    owner.setValue(given.getValue());
                }
            }
        }
    }

    /** The store options declared by the command's ancestors (below the root) and descendants, by name. */
    private static List<OptionSpec> declaredAroundButNotIn(CommandLine command, CommandLine root) {
        Map<String, OptionSpec> around = new LinkedHashMap<>();
        for (CommandLine up = command.getParent(); up != null && !up.equals(root); up = up.getParent()) {
            declaredStoreOptions(up.getCommandSpec()).forEach(o -> around.putIfAbsent(o.longestName(), o));
        }
        for (CommandLine down : CommandTree.all(command)) {
            if (!down.equals(command)) {
                declaredStoreOptions(down.getCommandSpec()).forEach(o -> around.putIfAbsent(o.longestName(), o));
            }
        }
        CommandSpec spec = command.getCommandSpec();
        return around.values().stream()
                .filter(o -> spec.findOption(o.longestName()) == null)
                .toList();
    }

    /** Options that come from a {@link StoreOptions} mixin, directly or inside another mixin such as OrderSource. */
    private static List<OptionSpec> declaredStoreOptions(CommandSpec spec) {
        List<OptionSpec> found = new ArrayList<>();
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof StoreOptions) {
                found.addAll(mixin.options());
            }
            found.addAll(declaredStoreOptions(mixin));
        }
        return found;
    }

    private static OptionSpec standInFor(OptionSpec declared) {
        StandIn value = new StandIn();
        return OptionSpec.builder(declared)
                .getter(value)
                .setter(value)
                .initialValue(null)
                .hasInitialValue(true)
                .inherited(false)
                .scopeType(CommandLine.ScopeType.LOCAL)
                .build();
    }

    private static Optional<OptionSpec> declaringOption(List<ParseResult> path, String name) {
        for (ParseResult level : path) {
            OptionSpec option = level.commandSpec().findOption(name);
            if (option != null && !(option.setter() instanceof StandIn)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    private static boolean matched(List<ParseResult> path, OptionSpec option) {
        return path.stream().anyMatch(level -> level.hasMatchedOption(option));
    }

    private static ParseResult last(List<ParseResult> path) {
        return path.get(path.size() - 1);
    }

    /** Where a stand-in keeps its value between parsing and {@link #handOver}. */
    private static final class StandIn implements IGetter, ISetter {
        /** Null until parsing meets the option. */
        private @Nullable Object value;

        @Override
        // picocli's IGetter declares <T> T get(): the unused type parameter and the cast to it are its signature's
        @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
        public <T> @Nullable T get() {
            return (T) value;
        }

        @Override
        // picocli's ISetter hands values over untyped; the previous value goes back as the same T
        @SuppressWarnings("unchecked")
        public <T> @Nullable T set(@Nullable T newValue) {
            @Nullable T old = (T) value;
            value = newValue;
            return old;
        }
    }
}
