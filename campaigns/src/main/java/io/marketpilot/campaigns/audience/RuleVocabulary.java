package io.marketpilot.campaigns.audience;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AudienceRule;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that an audience rule reads only names the shop's profiles have (the feature snapshot's columns, such as
 * {@code recency_days} or {@code events_90d:email_open}, and the customer attributes, such as {@code country}), so a
 * typo is an error naming the closest known name rather than a rule that silently matches nobody.
 */
public final class RuleVocabulary {
    private RuleVocabulary() {}

    /** Refuses a rule that reads a name not in {@code known}, suggesting the closest known name. */
    public static void requireKnownNames(AudienceRule rule, Collection<String> known) {
        for (String name : rule.names()) {
            if (!known.contains(name)) {
                String hint = closest(name, known)
                        .map(k -> " (did you mean '" + k + "'?)")
                        .orElse("");
                throw new MarketPilotException(
                        ErrorCode.INVALID_INPUT,
                        "Audience rule: no feature or attribute is called '" + name + "'" + hint,
                        Map.of("field", "audience rule", "name", name));
            }
        }
    }

    /** The known name fewest edits away, if it is close enough to be a likely typo (at most a third of its length). */
    static Optional<String> closest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(k -> k))
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= Math.max(1, k.length() / 3));
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
