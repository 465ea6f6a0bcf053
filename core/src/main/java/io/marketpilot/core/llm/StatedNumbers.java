package io.marketpilot.core.llm;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check that a text invents nothing countable: every number it states must occur, written the same way, in the
 * facts it was given. Persona narratives and copilot plans are held to it.
 */
public final class StatedNumbers {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private StatedNumbers() {}

    /** The numbers a text states, as written, in order of first appearance. */
    public static Set<String> in(String text) {
        Matcher m = NUMBER.matcher(text);
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The first number {@code text} states that {@code known} does not hold, if any. */
    public static Optional<String> firstUnknown(String text, Set<String> known) {
        return in(text).stream().filter(n -> !known.contains(n)).findFirst();
    }
}
