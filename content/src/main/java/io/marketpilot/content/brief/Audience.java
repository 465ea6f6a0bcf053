package io.marketpilot.content.brief;

import java.util.List;
import java.util.Locale;

/**
 * The segment a text is for, as its persona describes it.
 *
 * @param segment the persona's name, e.g. "Bargain hunters"
 * @param description the persona's paragraph
 * @param traits what sets the segment apart, in plain words
 * @param angles the persona's suggested messaging angles
 * @param topCategories the categories it buys most
 */
public record Audience(
        String segment, String description, List<String> traits, List<String> angles, List<String> topCategories) {
    public Audience {
        segment = segment == null ? "" : segment;
        description = description == null ? "" : description;
        traits = List.copyOf(traits);
        angles = List.copyOf(angles);
        topCategories = List.copyOf(topCategories);
    }

    /** The kind of persona, read from its name, which picks the composer's phrases and angle order. */
    public PersonaKind kind() {
        return PersonaKind.of(segment.toLowerCase(Locale.ROOT));
    }
}
