package io.marketpilot.llm.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The customers' names the store knows, indexed for finding them in text. A full name matches in any letter case;
 * the given name alone ("Emma" of "Emma Garcia", "Chen Jing" of "Chen Jing Smith") matches only when capitalised and
 * at least three letters long, which keeps words like "will" or "may" from being taken for names. Han characters
 * are compared one by one, so Chinese names are found without spaces around them.
 */
public final class KnownNames {
    private static final int MIN_GIVEN_NAME_LENGTH = 3;

    private final Map<String, List<List<String>>> fullNames = new HashMap<>();
    private final Map<String, List<List<String>>> givenNames = new HashMap<>();
    private final int size;

    private KnownNames(Collection<String> names) {
        int n = 0;
        for (String name : names) {
            if (name == null) {
                continue;
            }
            List<String> tokens = lower(Tokens.of(name));
            if (tokens.isEmpty() || String.join("", tokens).length() < 2) {
                continue;
            }
            n++;
            fullNames.computeIfAbsent(tokens.getFirst(), k -> new ArrayList<>()).add(tokens);
            if (tokens.size() >= 2) {
                List<String> given = tokens.subList(0, tokens.size() - 1);
                if (String.join("", given).length() >= MIN_GIVEN_NAME_LENGTH) {
                    givenNames
                            .computeIfAbsent(given.getFirst(), k -> new ArrayList<>())
                            .add(List.copyOf(given));
                }
            }
        }
        Comparator<List<String>> longestFirst = Comparator.comparingInt(List::size);
        fullNames.values().forEach(l -> l.sort(longestFirst.reversed()));
        givenNames.values().forEach(l -> l.sort(longestFirst.reversed()));
        this.size = n;
    }

    public static KnownNames of(Collection<String> names) {
        return new KnownNames(names);
    }

    public static KnownNames none() {
        return new KnownNames(List.of());
    }

    /** Rebuilds the index from {@code source} at most once per {@code ttl}, so new customers are known soon. */
    public static Supplier<KnownNames> refreshing(Supplier<Collection<String>> source, Duration ttl, Clock clock) {
        return new Supplier<>() {
            // null until the first get(), which builds the index: the source is read on demand, not at wiring
            private @Nullable KnownNames current;
            private Instant builtAt = Instant.MIN;

            @Override
            public synchronized KnownNames get() {
                Instant now = clock.instant();
                KnownNames names = current;
                if (names == null || now.isAfter(builtAt.plus(ttl))) {
                    names = of(source.get());
                    current = names;
                    builtAt = now;
                }
                return names;
            }
        };
    }

    public int size() {
        return size;
    }

    /** Every known name in {@code text}, longest match first at each position. */
    void find(String text, List<PiiSpan> out) {
        if (size == 0) {
            return;
        }
        List<Tokens.Token> tokens = Tokens.scan(text);
        int i = 0;
        while (i < tokens.size()) {
            int matched = match(tokens, i, fullNames, false);
            if (matched == 0) {
                matched = match(tokens, i, givenNames, true);
            }
            if (matched > 0) {
                out.add(new PiiSpan(
                        tokens.get(i).start(), tokens.get(i + matched - 1).end(), PiiType.NAME));
                i += matched;
            } else {
                i++;
            }
        }
    }

    private static int match(
            List<Tokens.Token> tokens, int at, Map<String, List<List<String>>> index, boolean mustBeCapitalised) {
        Tokens.Token first = tokens.get(at);
        List<List<String>> candidates = index.get(first.lower());
        if (candidates == null) {
            return 0;
        }
        if (mustBeCapitalised && !first.capitalised()) {
            return 0;
        }
        for (List<String> name : candidates) {
            if (at + name.size() <= tokens.size() && follows(tokens, at, name)) {
                return name.size();
            }
        }
        return 0;
    }

    private static boolean follows(List<Tokens.Token> tokens, int at, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            Tokens.Token t = tokens.get(at + k);
            if (!t.lower().equals(name.get(k))) {
                return false;
            }
            // the parts of a name are separated by at most one space (or nothing, between Han characters)
            if (k > 0 && t.start() - tokens.get(at + k - 1).end() > 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
