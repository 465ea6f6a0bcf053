package io.marketpilot.profiling.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A persona name in parts: status, qualifiers added to tell it from a namesake, buyer kind and a last-resort
 * suffix.
 */
record PersonaName(PersonaStatus status, List<String> qualifiers, BuyerKind kind, String suffix) {
    PersonaName {
        qualifiers = List.copyOf(qualifiers);
    }

    PersonaName with(String qualifier) {
        List<String> more = new ArrayList<>(qualifiers);
        more.add(qualifier);
        return new PersonaName(status, more, kind, suffix);
    }

    PersonaName withSuffix(String text) {
        return new PersonaName(status, qualifiers, kind, suffix + text);
    }

    String text() {
        List<String> words = new ArrayList<>();
        // loyalty already says "active"; a segment with no status and no other trait is "steady"
        if (!(status == PersonaStatus.ACTIVE && kind == BuyerKind.LOYALISTS)) {
            words.add(
                    status == PersonaStatus.NONE && kind == BuyerKind.CUSTOMERS && qualifiers.isEmpty()
                            ? "steady"
                            : status.word);
        }
        words.addAll(qualifiers);
        words.add(kind.noun);
        String joined =
                String.join(" ", words.stream().filter(w -> !w.isEmpty()).toList());
        return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1) + suffix;
    }
}
