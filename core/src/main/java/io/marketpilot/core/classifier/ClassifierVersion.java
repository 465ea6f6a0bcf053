package io.marketpilot.core.classifier;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One training of a named classifier: what it learned (language, labels, examples), how well it did out of fold, its
 * training report as JSON, and whether it is the version that answers requests for its name.
 */
public record ClassifierVersion(
        String name,
        int version,
        Instant trainedAt,
        String language,
        List<String> labels,
        int examples,
        double accuracy,
        double macroF1,
        String report,
        boolean active) {
    /** Names appear in URLs and commands: lower-case letters, digits, '-' and '_', 1 to 64 characters. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public ClassifierVersion {
        requireName(name);
        labels = List.copyOf(labels);
        if (version < 1) {
            throw MarketPilotException.invalid("a classifier version is 1 or more, not " + version);
        }
    }

    /** The name, or an invalid-input error saying what a name may be. */
    public static String requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw MarketPilotException.invalid("classifier name '" + name
                    + "' must be 1-64 characters of lower-case letters, digits, '-' or '_', starting with a letter or"
                    + " digit");
        }
        return name;
    }

    /** The same version, marked active or not. */
    public ClassifierVersion withActive(boolean nowActive) {
        return new ClassifierVersion(
                name, version, trainedAt, language, labels, examples, accuracy, macroF1, report, nowActive);
    }
}
