package io.marketpilot.benchmarks;

import io.marketpilot.core.MarketPilotException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs of a main's command line, checked against the names it knows. */
public final class NamedOptions {
    private final Map<String, String> values;
    private final String usage;

    private NamedOptions(Map<String, String> values, String usage) {
        this.values = values;
        this.usage = usage;
    }

    /** Parses {@code args}; an unknown name, or a name without a value, is a user error that quotes the usage. */
    public static NamedOptions parse(String[] args, Set<String> names, String usage) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!names.contains(args[i]) || i + 1 >= args.length) {
                throw MarketPilotException.invalid("bad argument '" + args[i] + "'; " + usage);
            }
            values.put(args[i], args[i + 1]);
        }
        return new NamedOptions(values, usage);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw MarketPilotException.invalid("missing " + name + "; " + usage);
        }
        return value;
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public long number(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(name + " must be a whole number, got '" + value + "'");
        }
    }
}
